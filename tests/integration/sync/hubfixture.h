#pragma once

#include "hub/hubdatabase.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

// A real lobbydesk-hub process on loopback over a fresh database: an SQLite file, or the
// throwaway PostgreSQL cluster (tests/support/pgfixture.cmake) when this test binary is the
// PostgreSQL build. The test administers the same database in-process (HubAdmin).
class HubFixture
{
public:
    // `arguments`: more options for the hub process (e.g. --webhook-url), on every start.
    explicit HubFixture(QStringList arguments = {});
    ~HubFixture();

    void start(); // (re)starts the process on the same database; waits until it listens
    void kill(); // SIGKILL, no goodbye
    [[nodiscard]] QString url() const; // http://127.0.0.1:PORT
    [[nodiscard]] QString log() const; // what the process wrote to stderr, all its starts
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] const QString &databaseUrl() const { return m_dbUrl; }
    [[nodiscard]] lobbydesk::HubDatabase &db(); // an admin connection of the test's own
    [[nodiscard]] qint64 count(const QString &sql); // a single number from the hub's database

    static bool postgres();

private:
    QTemporaryDir m_dir;
    QString m_dbUrl;
    QStringList m_arguments;
    QProcess m_process;
    quint16 m_port = 0;
    std::unique_ptr<lobbydesk::HubDatabase> m_db;
};
