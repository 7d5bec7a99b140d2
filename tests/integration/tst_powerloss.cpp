// Power cuts at random instants under a VFS that forgets (or tears) everything not yet synced:
// with synchronous=FULL no confirmed event may be lost and the file must stay sound.
#include "core/error.h"
#include "itcommon.h"
#include "powerlossvfs.h"
#include "store/sqlerror.h"
#include "storecheck.h"
#include "tempdatadir.h"

#include <QRandomGenerator>
#include <QSet>
#include <catch2/catch.hpp>
#include <memory>

using namespace lobbydesk;

namespace {

QSet<QString> presentIds(const QString &dataDir)
{
    Store store(dataDir, Store::Options { Database::Sync::Full, false });
    QSet<QString> ids;
    store.events().forEach([&ids](const Event &event) {
        ids.insert(uuidText(event.id));
        return true;
    });
    return ids;
}

// Records until the armed cut fires (or cuts at the end), then closes and restores power.
// Returns the ids whose record() returned before the cut: the only ones a user was told about.
QStringList runUntilCut(const QString &dir, Database::Sync sync, QRandomGenerator &random,
    powerloss::Mode mode, int *cutInsideRecord)
{
    QStringList reported;
    try {
        Store store(dir, Store::Options { sync, false });
        // Small checkpoint intervals put WAL resets and database writes in the cut's way too.
        const int checkpointEvery = QList<int> { 4, 30, 1000 }.at(random.bounded(3));
        runSql(store.sql(), QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(checkpointEvery),
            QStringLiteral("test setup"));
        it::createProjection(store);
        const int count = random.bounded(1, 60);
        for (int i = 0; i < count; ++i) {
            const int payload = random.bounded(4) == 0 ? 3000 : 200; // sometimes overflow pages
            const auto recorded = store.events().record(it::sampleDraft(payload), it::projectSeq());
            if (powerloss::isCut()) {
                ++*cutInsideRecord; // the machine died before record() could return
                break;
            }
            reported.append(uuidText(recorded.event.id));
        }
    } catch (const Error &error) {
        // After the cut the process is dead in spirit; only an error before it is a failure.
        INFO(error.message().toStdString());
        REQUIRE(powerloss::isCut());
    }
    if (!powerloss::isCut())
        powerloss::powerCut(mode);
    powerloss::restore();
    return reported;
}

void powerCutRounds(powerloss::Mode mode)
{
    powerloss::install();
    const quint32 seed = QRandomGenerator::global()->generate();
    powerloss::setSeed(seed);
    QRandomGenerator random(seed);
    INFO("seed " << seed);
    constexpr int kRounds = 400;
    constexpr int kRoundsPerDirectory = 100; // a new file now and then: cuts during creation too
    const powerloss::Stats before = powerloss::stats();

    std::unique_ptr<TempDataDir> dir;
    QStringList reported;
    qint64 eventsBefore = 0;
    int cutInsideRecord = 0;
    qsizetype confirmedTotal = 0;
    for (int round = 0; round < kRounds; ++round) {
        INFO("round " << round);
        if (round % kRoundsPerDirectory == 0) {
            dir = std::make_unique<TempDataDir>();
            reported.clear();
            eventsBefore = 0;
        }
        // The cut lands anywhere from the open to well after the last event (then it is explicit).
        powerloss::armCut(random.bounded(1, 500), mode);
        const QStringList confirmed
            = runUntilCut(dir->path(), Database::Sync::Full, random, mode, &cutInsideRecord);
        reported += confirmed;
        confirmedTotal += confirmed.size();
        const it::StoreFacts facts = it::requireSound(dir->path(), reported);
        const qint64 added = facts.events - eventsBefore;
        REQUIRE(added >= confirmed.size());
        REQUIRE(added <= confirmed.size() + 1); // plus, at most, the one in flight at the cut
        eventsBefore = facts.events;
    }
    const powerloss::Stats after = powerloss::stats();
    qCInfo(lcIntegration) << "power cuts:" << confirmedTotal << "confirmed events kept;"
                          << cutInsideRecord << "cuts inside record(); writes lost"
                          << after.droppedWrites - before.droppedWrites << "torn"
                          << after.tornWrites - before.tornWrites << "kept"
                          << after.keptWrites - before.keptWrites;
    // Not vacuous: the VFS was in the path, cuts hit records in flight and destroyed data.
    REQUIRE(after.opens > before.opens);
    REQUIRE(after.cuts - before.cuts == kRounds);
    REQUIRE(cutInsideRecord >= kRounds / 10);
    REQUIRE(confirmedTotal >= kRounds);
    REQUIRE(after.droppedWrites > before.droppedWrites);
    if (mode == powerloss::Mode::Tear) {
        REQUIRE(after.tornWrites > before.tornWrites);
        REQUIRE(after.keptWrites > before.keptWrites);
    }
}

} // namespace

TEST_CASE("power cut dropping unsynced writes keeps every confirmed event (synchronous=FULL)",
    "[integration][powerloss]")
{
    powerCutRounds(powerloss::Mode::Drop);
}

TEST_CASE("power cut tearing unsynced writes keeps every confirmed event (synchronous=FULL)",
    "[integration][powerloss]")
{
    powerCutRounds(powerloss::Mode::Tear);
}

// Proves the VFS can lose data at all, so the tests above pass because of synchronous=FULL
// and not because the shim never loses anything.
TEST_CASE("negative control: with synchronous=NORMAL a power cut loses confirmed events",
    "[integration][powerloss]")
{
    powerloss::install();
    TempDataDir dir;
    {
        Store store(dir.path()); // schema and terminal id made durable first, as in the field
        it::createProjection(store);
    }
    QStringList reported;
    {
        Store store(dir.path(), Store::Options { Database::Sync::Normal, false });
        for (int i = 0; i < 20; ++i)
            reported.append(
                uuidText(store.events().record(it::sampleDraft(200), it::projectSeq()).event.id));
        powerloss::powerCut(powerloss::Mode::Drop);
    }
    powerloss::restore();

    const it::StoreFacts facts = it::requireSound(dir.path(), {}); // consistent, just not durable
    const QSet<QString> present = presentIds(dir.path());
    qsizetype missing = 0;
    for (const QString &id : reported)
        missing += present.contains(id) ? 0 : 1;
    qCInfo(lcIntegration) << "synchronous=NORMAL lost" << missing << "of" << reported.size()
                          << "confirmed events";
    REQUIRE(missing >= 1);
    CHECK(facts.events == reported.size() - missing);
}
