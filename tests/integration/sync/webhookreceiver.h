#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QThread>
#include <chrono>

class ReceiverServer;

// A webhook receiver on loopback for the hub's deliveries, on a thread of its own so that it
// answers while the test blocks in a sync round. It records every POST and answers each with
// the next of the statuses it was given (200 once they are used up); a status of 0 holds the
// request unanswered, for the hub to time out.
class WebhookReceiver
{
public:
    struct Post
    {
        QByteArray path;
        QByteArray contentType;
        QByteArray eventId; // X-LobbyDesk-Event-Id
        QByteArray signature; // X-LobbyDesk-Signature
        QByteArray body;
        int answered = 0; // the status it got; 0: held
    };

    explicit WebhookReceiver(quint16 port = 0); // listens at once (the same port again: 0 = any)
    ~WebhookReceiver();
    Q_DISABLE_COPY_MOVE(WebhookReceiver)

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString url() const; // http://127.0.0.1:PORT/hooks/lobbydesk
    void answerWith(const QList<int> &statuses);
    [[nodiscard]] QList<Post> posts() const;
    // Sleeps until at least `count` POSTs came or `limit` passed; how many came.
    qsizetype waitForPosts(qsizetype count, std::chrono::milliseconds limit) const;

    // A loopback port where nothing listens now (connecting to it is refused).
    [[nodiscard]] static quint16 freePort();

private:
    friend class ReceiverServer;
    int nextStatus(const Post &post);

    mutable QMutex m_mutex;
    QList<int> m_statuses;
    QList<Post> m_posts;
    QThread m_thread;
    QObject *m_context = nullptr;
    ReceiverServer *m_server = nullptr;
    quint16 m_port = 0;
};
