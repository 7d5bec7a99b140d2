#include "httpframing.h"

#include <algorithm>

namespace lobbydesk::http {

namespace {

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size()
        && QByteArray::fromRawData(a.data(), a.size()).compare(b, Qt::CaseInsensitive) == 0;
}

bool isToken(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

} // namespace

bool MessageHead::parse(QByteArrayView head)
{
    startLine.clear();
    fields.clear();
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (!line.endsWith('\r') && i + 1 < lines.size())
            return false; // bare LF: refuse rather than guess how the other end frames it
        if (line.endsWith('\r'))
            line.chop(1);
        if (i == 0) {
            if (line.isEmpty())
                return false;
            startLine = line;
            continue;
        }
        if (line.isEmpty())
            continue;
        if (line.front() == ' ' || line.front() == '\t')
            return false; // obsolete line folding
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !std::all_of(line.begin(), line.begin() + colon, isToken))
            return false;
        fields.emplaceBack(line.left(colon), line.mid(colon + 1).trimmed());
    }
    return !startLine.isEmpty();
}

QList<QByteArray> MessageHead::values(QByteArrayView name) const
{
    QList<QByteArray> found;
    for (const auto &[fieldName, value] : fields) {
        if (sameName(fieldName, name))
            found.append(value);
    }
    return found;
}

bool MessageHead::hasToken(QByteArrayView name, QByteArrayView token) const
{
    for (const QByteArray &value : values(name)) {
        for (const QByteArray &part : value.split(',')) {
            if (sameName(part.trimmed(), token))
                return true;
        }
    }
    return false;
}

qint64 MessageHead::contentLength() const
{
    qint64 length = -1;
    for (const QByteArray &value : values("Content-Length")) {
        for (const QByteArray &part : value.split(',')) {
            const QByteArray digits = part.trimmed();
            bool ok = !digits.isEmpty() && std::all_of(digits.begin(), digits.end(), [](char c) {
                return c >= '0' && c <= '9';
            });
            const qint64 n = ok ? digits.toLongLong(&ok) : -1;
            if (!ok || (length >= 0 && n != length))
                return -2;
            length = n;
        }
    }
    return length;
}

bool MessageHead::http10() const
{
    return startLine.startsWith("HTTP/1.0") || startLine.endsWith("HTTP/1.0");
}

qsizetype headEnd(QByteArrayView bytes)
{
    const qsizetype at = bytes.indexOf(QByteArrayView("\r\n\r\n"));
    return at < 0 ? -1 : at + 4;
}

void ResponseFramer::start(bool headRequest)
{
    *this = {};
    m_headRequest = headRequest;
}

qsizetype ResponseFramer::takeHead(QByteArrayView bytes)
{
    const qsizetype end = headEnd(bytes);
    if (end < 0) {
        if (bytes.size() > maxHeadSize)
            m_state = State::Bad;
        return 0;
    }
    MessageHead head;
    if (!head.parse(bytes.first(end - 4)) || !head.startLine.startsWith("HTTP/1.")) {
        m_state = State::Bad;
        return 0;
    }
    bool ok = false;
    m_status = head.startLine.mid(9, 3).toInt(&ok);
    if (!ok || m_status < 100 || m_status > 999) {
        m_state = State::Bad;
        return 0;
    }
    if (m_status >= 100 && m_status < 200 && m_status != 101)
        return end; // interim (100 Continue): the final head follows
    m_connectionClose = head.http10() ? !head.hasToken("Connection", "keep-alive")
                                      : head.hasToken("Connection", "close");
    const qint64 length = head.contentLength();
    if (m_headRequest || m_status == 204 || m_status == 304) {
        m_state = State::Done;
    } else if (m_status == 101) {
        m_state = State::UntilClose; // a switched protocol: relay bytes until one side closes
        m_untilClose = true;
    } else if (head.has("Transfer-Encoding")) {
        // Chunked last (RFC 9112 6.3): anything else is delimited by the close.
        const QList<QByteArray> codings = head.values("Transfer-Encoding").last().split(',');
        if (sameName(codings.last().trimmed(), "chunked")) {
            m_state = State::ChunkSize;
        } else {
            m_state = State::UntilClose;
            m_untilClose = true;
        }
    } else if (length == -2) {
        m_state = State::Bad;
    } else if (length >= 0) {
        m_remaining = length;
        m_state = length == 0 ? State::Done : State::Body;
    } else {
        m_state = State::UntilClose;
        m_untilClose = true;
    }
    return end;
}

qsizetype ResponseFramer::feed(QByteArrayView bytes)
{
    qsizetype taken = 0;
    for (;;) {
        const QByteArrayView rest = bytes.sliced(taken);
        switch (m_state) {
        case State::Head: {
            const qsizetype n = takeHead(rest);
            if (n == 0)
                return taken;
            taken += n;
            break;
        }
        case State::Body:
        case State::ChunkData: {
            const qsizetype n = qsizetype(std::min<qint64>(m_remaining, rest.size()));
            if (n == 0)
                return taken;
            taken += n;
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = m_state == State::Body ? State::Done : State::ChunkEnd;
            break;
        }
        case State::ChunkEnd:
            if (rest.size() < 2)
                return taken;
            if (!rest.startsWith(QByteArrayView("\r\n"))) {
                m_state = State::Bad;
                return taken;
            }
            taken += 2;
            m_state = State::ChunkSize;
            break;
        case State::ChunkSize:
        case State::Trailer: {
            const qsizetype eol = rest.indexOf(QByteArrayView("\r\n"));
            if (eol < 0) {
                if (rest.size() > maxHeadSize)
                    m_state = State::Bad;
                return taken;
            }
            const QByteArrayView line = rest.first(eol);
            taken += eol + 2;
            if (m_state == State::Trailer) {
                if (line.isEmpty())
                    m_state = State::Done;
                break;
            }
            QByteArrayView size = line;
            if (const qsizetype semicolon = size.indexOf(';'); semicolon >= 0)
                size = size.first(semicolon); // chunk extensions
            bool ok = false;
            m_remaining = size.trimmed().toLongLong(&ok, 16);
            if (!ok || m_remaining < 0) {
                m_state = State::Bad;
                return taken;
            }
            m_state = m_remaining == 0 ? State::Trailer : State::ChunkData;
            break;
        }
        case State::UntilClose:
            return taken + rest.size();
        case State::Done:
        case State::Bad:
            return taken;
        }
    }
}

void ResponseFramer::closed()
{
    if (m_state == State::UntilClose)
        m_state = State::Done;
    else if (m_state != State::Done)
        m_state = State::Bad;
}

} // namespace lobbydesk::http
