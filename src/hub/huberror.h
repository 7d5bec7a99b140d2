#pragma once

#include <QJsonObject>
#include <QString>
#include <stdexcept>

namespace lobbydesk {

// A request the hub refuses: the HTTP status, a stable machine code a client acts on
// (docs/sync-protocol.md lists them) and a message a person understands.
class HubError : public std::runtime_error
{
public:
    HubError(int status, QString code, const QString &message, QJsonObject extra = {})
        : std::runtime_error(message.toStdString())
        , m_status(status)
        , m_code(std::move(code))
        , m_message(message)
        , m_extra(std::move(extra))
    { }

    [[nodiscard]] int status() const { return m_status; }
    [[nodiscard]] const QString &code() const { return m_code; }
    [[nodiscard]] const QString &message() const { return m_message; }

    [[nodiscard]] QJsonObject body() const
    {
        QJsonObject body = m_extra;
        body.insert(QStringLiteral("error"), m_code);
        body.insert(QStringLiteral("message"), m_message);
        return body;
    }

private:
    int m_status;
    QString m_code;
    QString m_message;
    QJsonObject m_extra;
};

} // namespace lobbydesk
