#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <utility>

namespace lobbydesk::http {

// The start line and header fields of an HTTP/1.x message, as the proxy needs them to find
// where the message ends and whether the connection stays open. Nothing is rewritten: the
// proxy relays the original bytes.
struct MessageHead
{
    QByteArray startLine;
    QList<std::pair<QByteArray, QByteArray>> fields;

    // head: everything before the blank line. False if it is not a well-formed message head.
    bool parse(QByteArrayView head);
    [[nodiscard]] QList<QByteArray> values(QByteArrayView name) const;
    [[nodiscard]] bool has(QByteArrayView name) const { return !values(name).isEmpty(); }
    // A comma-separated token in any of the fields of that name ("Connection: close").
    [[nodiscard]] bool hasToken(QByteArrayView name, QByteArrayView token) const;
    // -1: no Content-Length; -2: unusable (not a number, or several that disagree).
    [[nodiscard]] qint64 contentLength() const;
    [[nodiscard]] bool http10() const; // HTTP/1.0 (status line or request line)
};

// Where the blank line after a head ends (index past "\r\n\r\n"), or -1 if not there yet.
qsizetype headEnd(QByteArrayView bytes);

// Finds the end of one HTTP/1.x response in a byte stream, fed as it arrives: Content-Length,
// chunked (with trailers), until the connection closes, and no body for HEAD, 1xx, 204, 304.
// Interim 1xx answers are part of the response (they are relayed before the final one).
class ResponseFramer
{
public:
    static constexpr qsizetype maxHeadSize = 64 * 1024;

    void start(bool headRequest);
    // Takes as much of the response as bytes hold from its front; returns how many bytes that
    // is (the rest belongs to whatever follows the response). 0 while a head or a chunk line
    // is still incomplete.
    qsizetype feed(QByteArrayView bytes);
    void closed(); // the connection closed: ends an until-close body, anything else is cut short

    [[nodiscard]] bool complete() const { return m_state == State::Done; }
    [[nodiscard]] bool failed() const { return m_state == State::Bad; }
    [[nodiscard]] bool untilClose() const { return m_untilClose; }
    // The connection may carry another exchange after this response.
    [[nodiscard]] bool keepAlive() const { return !m_untilClose && !m_connectionClose; }
    [[nodiscard]] int status() const { return m_status; }

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailer, UntilClose, Done, Bad };

    qsizetype takeHead(QByteArrayView bytes);

    State m_state = State::Head;
    bool m_headRequest = false;
    bool m_untilClose = false;
    bool m_connectionClose = false;
    int m_status = 0;
    qint64 m_remaining = 0;
};

} // namespace lobbydesk::http
