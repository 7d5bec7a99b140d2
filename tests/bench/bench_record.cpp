// How much does recording an event through LobbyDesk cost over the cheapest durable SQLite
// write? docs/benchmarks.md explains the method and keeps the figures.
//
//   bench_record [--n N] [--warmup W] [--block B] [--dir PARENT]
//
// (a) LobbyDesk: Store (WAL, synchronous=FULL), EventLog::record() of a ~200-byte JSON payload
//     with a projection that inserts or updates one small row.
// (b) raw SQLite C API: one INSERT of a row of the same size as the stored event row, in its own
//     (autocommit) transaction, WAL, synchronous=FULL, one prepared statement reused.
// Both run in one process on one directory, interleaved in blocks whose order alternates, so
// machine noise (other builds, the disk's mood) lands on both alike.
#include "core/error.h"
#include "store/sqlerror.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <numeric>
#include <sqlite3.h>
#include <sys/vfs.h>
#include <vector>

using namespace lobbydesk;
using Clock = std::chrono::steady_clock;

namespace {

QJsonObject payload(int i)
{
    return { { QStringLiteral("visitor"), QStringLiteral("Visitor %1").arg(i % 50) },
        { QStringLiteral("host"), QStringLiteral("unit 1204") },
        { QStringLiteral("purpose"), QStringLiteral("delivery") },
        { QStringLiteral("note"), QString(120, QLatin1Char('n')) } };
}

// A projection as workflows write them: its statement prepared once, on a table keyed by
// what it looks up (WITHOUT ROWID: one b-tree, not a table plus an index).
class VisitorProjection
{
public:
    explicit VisitorProjection(QSqlDatabase &db)
        : m_upsert(db)
    {
        m_upsert.prepare(
            QStringLiteral("INSERT INTO on_site (visitor, event_id, n) VALUES (?, ?, 1)"
                           " ON CONFLICT (visitor) DO UPDATE SET event_id = excluded.event_id,"
                           " n = n + 1"));
    }
    // The workflow knows whom it records; it does not parse its own event back.
    QString visitor;

    void operator()(const Event &event, QSqlDatabase &db)
    {
        m_upsert.addBindValue(visitor);
        m_upsert.addBindValue(uuidText(event.id));
        execOrThrow(m_upsert, QStringLiteral("projection"), db.databaseName());
    }

private:
    QSqlQuery m_upsert;
};

class RawDb
{
public:
    explicit RawDb(const QString &path)
    {
        if (sqlite3_open(path.toUtf8().constData(), &m_db) != SQLITE_OK)
            fail("open");
        exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
             "CREATE TABLE rows (id TEXT, terminal TEXT, seq INTEGER, type TEXT, payload TEXT,"
             " at TEXT, actor TEXT, prev BLOB, hash BLOB)");
        if (sqlite3_prepare_v2(
                m_db, "INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", -1, &m_insert, nullptr)
            != SQLITE_OK)
            fail("prepare");
    }
    ~RawDb()
    {
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
    }
    Q_DISABLE_COPY_MOVE(RawDb)

    // Bound values are built outside the timed part, as the row's bytes are the same each time.
    void insert(qint64 seq, const QByteArray &id, const QByteArray &json, const QByteArray &blob)
    {
        sqlite3_bind_text(m_insert, 1, id.constData(), int(id.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 2, id.constData(), int(id.size()), SQLITE_STATIC);
        sqlite3_bind_int64(m_insert, 3, seq);
        sqlite3_bind_text(m_insert, 4, "visit.checked_in", -1, SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 5, json.constData(), int(json.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 6, "2024-05-01T08:00:00.000Z", -1, SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 7, "kiosk", -1, SQLITE_STATIC);
        sqlite3_bind_blob(m_insert, 8, blob.constData(), int(blob.size()), SQLITE_STATIC);
        sqlite3_bind_blob(m_insert, 9, blob.constData(), int(blob.size()), SQLITE_STATIC);
        if (sqlite3_step(m_insert) != SQLITE_DONE)
            fail("insert");
        sqlite3_reset(m_insert);
    }

private:
    void exec(const char *sql)
    {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            fail(sql);
    }
    [[noreturn]] void fail(const char *what)
    {
        std::fprintf(stderr, "raw sqlite: %s: %s\n", what, sqlite3_errmsg(m_db));
        std::exit(1);
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
};

struct Summary
{
    double p50, p90, p99, mean, max;
};

Summary summarize(std::vector<double> us)
{
    std::sort(us.begin(), us.end());
    const auto at
        = [&us](double p) { return us[std::min(us.size() - 1, size_t(p * double(us.size())))]; };
    return { at(0.50), at(0.90), at(0.99),
        std::accumulate(us.begin(), us.end(), 0.0) / double(us.size()), us.back() };
}

const char *fsName(const QString &dir)
{
    struct statfs info
    {
    };
    if (statfs(dir.toLocal8Bit().constData(), &info) != 0)
        return "unknown";
    switch (static_cast<unsigned long>(info.f_type)) {
    case 0xEF53:
        return "ext4";
    case 0x01021994:
        return "tmpfs";
    case 0x58465342:
        return "xfs";
    case 0x9123683E:
        return "btrfs";
    case 0x794C7630:
        return "overlayfs";
    default:
        return "other";
    }
}

double micros(Clock::duration d)
{
    return std::chrono::duration<double, std::micro>(d).count();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({ { QStringLiteral("n"), QStringLiteral("Measured operations of each kind."),
                            QStringLiteral("N"), QStringLiteral("2000") },
        { QStringLiteral("warmup"), QStringLiteral("Unmeasured operations of each kind first."),
            QStringLiteral("W"), QStringLiteral("200") },
        { QStringLiteral("block"), QStringLiteral("Operations per interleaved block."),
            QStringLiteral("B"), QStringLiteral("50") },
        { QStringLiteral("dir"), QStringLiteral("Parent of the temporary directory."),
            QStringLiteral("PARENT"), QDir::tempPath() } });
    parser.process(app);
    const int n = parser.value(QStringLiteral("n")).toInt();
    const int warmup = parser.value(QStringLiteral("warmup")).toInt();
    const int block = qMax(1, parser.value(QStringLiteral("block")).toInt());
    QTemporaryDir dir(parser.value(QStringLiteral("dir")) + QStringLiteral("/bench_record-XXXXXX"));
    if (!dir.isValid() || n <= 0) {
        std::fprintf(stderr, "bench_record: bad --n or cannot create a directory in %s\n",
            qPrintable(parser.value(QStringLiteral("dir"))));
        return 1;
    }

    try {
        Store store(dir.filePath(QStringLiteral("lobbydesk")),
            Store::Options { Database::Sync::Full, false });
        runSql(store.sql(),
            QStringLiteral("CREATE TABLE on_site (visitor TEXT PRIMARY KEY,"
                           " event_id TEXT NOT NULL, n INTEGER NOT NULL) WITHOUT ROWID"),
            QStringLiteral("bench setup"));
        RawDb raw(dir.filePath(QStringLiteral("raw.db")));
        VisitorProjection projection(store.sql());

        // The raw row carries the same bytes as a stored event row.
        const QByteArray id = QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8();
        const QByteArray blob(32, '\x5a');
        int next = 0;
        const auto lobby = [&] {
            projection.visitor = QStringLiteral("Visitor %1").arg(next % 50);
            const auto start = Clock::now();
            store.events().record(
                { QStringLiteral("visit.checked_in"), payload(next), QStringLiteral("kiosk"), {} },
                std::ref(projection));
            return micros(Clock::now() - start);
        };
        const auto direct = [&] {
            const QByteArray json = QJsonDocument(payload(next)).toJson(QJsonDocument::Compact);
            const auto start = Clock::now();
            raw.insert(next, id, json, blob);
            return micros(Clock::now() - start);
        };

        for (next = 0; next < warmup; ++next) {
            lobby();
            direct();
        }
        std::vector<double> lobbyUs, rawUs;
        lobbyUs.reserve(size_t(n));
        rawUs.reserve(size_t(n));
        for (int done = 0, b = 0; done < n; ++b) {
            const int count = qMin(block, n - done);
            for (int pass = 0; pass < 2; ++pass) {
                const bool lobbyTurn = (pass == 0) == (b % 2 == 0); // alternate who goes first
                for (int i = 0; i < count; ++i, ++next)
                    (lobbyTurn ? lobbyUs : rawUs).push_back(lobbyTurn ? lobby() : direct());
            }
            done += count;
        }

        const Summary l = summarize(lobbyUs);
        const Summary r = summarize(rawUs);
        std::printf("bench_record: n=%d warmup=%d block=%d nproc=%d fs=%s dir=%s sqlite=%s\n", n,
            warmup, block, QThread::idealThreadCount(), fsName(dir.path()), qPrintable(dir.path()),
            sqlite3_libversion());
        std::printf(
            "%-10s %9s %9s %9s %9s %9s   (microseconds)\n", "", "p50", "p90", "p99", "mean", "max");
        std::printf("%-10s %9.0f %9.0f %9.0f %9.0f %9.0f\n", "lobbydesk", l.p50, l.p90, l.p99,
            l.mean, l.max);
        std::printf(
            "%-10s %9.0f %9.0f %9.0f %9.0f %9.0f\n", "raw", r.p50, r.p90, r.p99, r.mean, r.max);
        std::printf("ratio lobbydesk/raw: p50 %.2f  p99 %.2f  mean %.2f  (goal <= 1.5)\n",
            l.p50 / r.p50, l.p99 / r.p99, l.mean / r.mean);
    } catch (const Error &error) {
        std::fprintf(stderr, "bench_record: %s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
