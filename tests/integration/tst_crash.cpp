// Kill -9 at random instants: the store must come back whole, with every confirmed event.
#include "itcommon.h"
#include "storecheck.h"
#include "tempdatadir.h"

#include <QProcess>
#include <QRandomGenerator>
#include <catch2/catch.hpp>

namespace {

struct Line
{
    QString id;
    qint64 seq = 0;
};

// Every line must be whole and well formed: a torn line would mean the report itself is
// unreliable, and the rest of the test would be checking against noise.
QList<Line> parseLines(const QByteArray &output)
{
    QList<Line> lines;
    if (output.isEmpty())
        return lines;
    REQUIRE(output.endsWith('\n'));
    for (const QByteArray &text : output.trimmed().split('\n')) {
        const QList<QByteArray> fields = text.split(' ');
        INFO("line: " << text.toStdString());
        REQUIRE(fields.size() == 2);
        REQUIRE_FALSE(QUuid::fromString(QLatin1String(fields[0])).isNull());
        bool ok = false;
        lines.append({ QString::fromLatin1(fields[0]), fields[1].toLongLong(&ok) });
        REQUIRE(ok);
    }
    return lines;
}

} // namespace

TEST_CASE("SIGKILL at a random instant loses no confirmed event and leaves no half event",
    "[integration][crash]")
{
    constexpr int kRounds = 40;
    TempDataDir dir;
    QRandomGenerator random(QRandomGenerator::global()->generate());
    QStringList reported;
    qint64 lastSeq = 0;
    int roundsWithEvents = 0;
    qint64 unreportedKept = 0;

    for (int round = 0; round < kRounds; ++round) {
        QProcess child;
        child.start(QStringLiteral(STORE_CRASH_CHILD), { dir.path() });
        REQUIRE(child.waitForStarted(10'000));
        const int delayMs = random.bounded(5, 151);
        // waitForFinished keeps draining the pipe while we wait, so the child never blocks on
        // a full pipe; it returning true would mean the child died by itself.
        const bool exitedEarly = child.waitForFinished(delayMs);
        INFO("round " << round << ", kill after " << delayMs
                      << " ms, child stderr: " << child.readAllStandardError().toStdString());
        REQUIRE_FALSE(exitedEarly);
        child.kill();
        REQUIRE(child.waitForFinished(10'000));
        REQUIRE(child.exitStatus() == QProcess::CrashExit);

        const QList<Line> lines = parseLines(child.readAllStandardOutput());
        for (const Line &line : lines) {
            REQUIRE(line.seq == lastSeq + 1); // what the child saw was gapless too
            lastSeq = line.seq;
            reported.append(line.id);
        }
        roundsWithEvents += lines.isEmpty() ? 0 : 1;

        const qint64 before = lastSeq - lines.size();
        const it::StoreFacts facts = it::requireSound(dir.path(), reported);
        // Only the one event in flight at the kill may be there without having been reported.
        const qint64 added = facts.events - before;
        REQUIRE(added >= lines.size());
        REQUIRE(added <= lines.size() + 1);
        unreportedKept += added - lines.size();
        lastSeq = facts.events; // an unreported event still took its sequence number
    }
    qCInfo(lcIntegration) << "crash test:" << reported.size() << "confirmed events in"
                          << roundsWithEvents << "of" << kRounds << "rounds;" << unreportedKept
                          << "committed but killed before reporting";
    // Not vacuous: the kills must land while events are being written.
    REQUIRE(roundsWithEvents >= kRounds / 4);
    REQUIRE(reported.size() >= 100);
}
