#include "webhookreceiver.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <stdexcept>

class ReceiverServer final : public QAbstractHttpServer
{
public:
    explicit ReceiverServer(WebhookReceiver &receiver)
        : m_receiver(receiver)
    { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        WebhookReceiver::Post post { request.url().path().toUtf8(), request.value("content-type"),
            request.value("x-lobbydesk-event-id"), request.value("x-lobbydesk-signature"),
            request.body(), 0 };
        if (request.method() != QHttpServerRequest::Method::Post)
            post.path = "NOT A POST " + post.path;
        const int status = m_receiver.nextStatus(post);
        if (status != 0) // else held: the socket stays open with no answer
            makeResponder(request, socket)
                .write(QByteArrayLiteral("{}"), "application/json",
                    QHttpServerResponder::StatusCode(status));
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    WebhookReceiver &m_receiver;
};

WebhookReceiver::WebhookReceiver(quint16 port)
{
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_context,
        [this, port] {
            m_server = new ReceiverServer(*this);
            m_port = m_server->listen(QHostAddress::LocalHost, port);
        },
        Qt::BlockingQueuedConnection);
    if (m_port == 0)
        throw std::runtime_error(
            "the webhook receiver cannot listen on port " + std::to_string(port));
}

WebhookReceiver::~WebhookReceiver()
{
    QMetaObject::invokeMethod(
        m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

QString WebhookReceiver::url() const
{
    return QStringLiteral("http://127.0.0.1:%1/hooks/lobbydesk").arg(m_port);
}

void WebhookReceiver::answerWith(const QList<int> &statuses)
{
    const QMutexLocker lock(&m_mutex);
    m_statuses = statuses;
}

int WebhookReceiver::nextStatus(const Post &post)
{
    const QMutexLocker lock(&m_mutex);
    const int status = m_statuses.isEmpty() ? 200 : m_statuses.takeFirst();
    m_posts.append(post);
    m_posts.last().answered = status;
    return status;
}

QList<WebhookReceiver::Post> WebhookReceiver::posts() const
{
    const QMutexLocker lock(&m_mutex);
    return m_posts;
}

qsizetype WebhookReceiver::waitForPosts(qsizetype count, std::chrono::milliseconds limit) const
{
    QElapsedTimer clock;
    clock.start();
    while (posts().size() < count && clock.elapsed() < limit.count())
        QThread::msleep(20);
    return posts().size();
}

quint16 WebhookReceiver::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        throw std::runtime_error("no free loopback port");
    return probe.serverPort();
}
