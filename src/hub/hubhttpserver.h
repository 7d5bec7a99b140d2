#pragma once

#include <QAbstractHttpServer>
#include <QJsonObject>

namespace lobbydesk {

class HubDatabase;
class HubApi;

// HTTP + JSON in front of HubApi (docs/sync-protocol.md). Every answer is JSON; every refusal
// carries an error code and a message. Requests are handled one at a time on this thread.
class HubHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit HubHttpServer(HubDatabase &db, QObject *parent = nullptr);
    ~HubHttpServer() override;

    static constexpr qsizetype kMaxBodyBytes = 8 * 1024 * 1024;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply
    {
        int status;
        QJsonObject body;
    };
    Reply dispatch(const QHttpServerRequest &request);

    HubDatabase &m_db;
    std::unique_ptr<HubApi> m_api;
};

} // namespace lobbydesk
