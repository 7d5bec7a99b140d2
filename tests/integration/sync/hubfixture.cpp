#include "hubfixture.h"

#include "sqlscalar.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <stdexcept>

namespace {

QString postgresUrl()
{
    QFile file(QString::fromUtf8(LOBBYDESK_PG_URL_FILE));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("no PostgreSQL test cluster: " LOBBYDESK_PG_URL_FILE
                                 " is missing (run through ctest, which starts the fixture)");
    return QString::fromUtf8(file.readAll()).trimmed();
}

// Each test starts from an empty database.
void resetPostgres(const QString &url)
{
    lobbydesk::HubDatabase db(url); // creates the schema; then drop it all
    db.run(QStringLiteral("DROP SCHEMA public CASCADE"), QStringLiteral("resetting"));
    db.run(QStringLiteral("CREATE SCHEMA public"), QStringLiteral("resetting"));
}

} // namespace

bool HubFixture::postgres()
{
    return QByteArray(LOBBYDESK_HUB_BACKEND) == "postgres";
}

HubFixture::HubFixture(QStringList arguments)
    : m_arguments(std::move(arguments))
{
    if (postgres()) {
        m_dbUrl = postgresUrl();
        resetPostgres(m_dbUrl);
    } else {
        m_dbUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hub.db"));
    }
    start();
}

HubFixture::~HubFixture()
{
    m_db.reset();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void HubFixture::start()
{
    if (m_process.state() != QProcess::NotRunning)
        kill();
    // The same port again after a restart, so that terminals keep their hub URL.
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(m_port);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // Its log goes to a file: a pipe nobody reads would stop a chatty hub once it is full.
    m_process.setStandardErrorFile(m_dir.filePath(QStringLiteral("hub.log")), QIODevice::Append);
    m_process.start(QStringLiteral(LOBBYDESK_HUB_EXECUTABLE),
        QStringList { QStringLiteral("--listen"), listen, QStringLiteral("--db"), m_dbUrl }
            + m_arguments);
    REQUIRE(m_process.waitForStarted(10000));
    QByteArray line;
    while (!line.contains('\n') && m_process.waitForReadyRead(10000))
        line += m_process.readAllStandardOutput();
    static const QRegularExpression port(QStringLiteral(":(\\d+) \\("));
    const auto match = port.match(QString::fromUtf8(line));
    INFO("hub said: " << line.toStdString() << log().toStdString());
    REQUIRE(match.hasMatch());
    m_port = quint16(match.captured(1).toUInt());
    // The test's own connection follows the file, should a test have swapped it.
    m_db = std::make_unique<lobbydesk::HubDatabase>(m_dbUrl);
}

void HubFixture::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

QString HubFixture::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("hub.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString HubFixture::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

lobbydesk::HubDatabase &HubFixture::db()
{
    return *m_db;
}

qint64 HubFixture::count(const QString &sql)
{
    return sqlScalar(m_db->sql(), sql);
}
