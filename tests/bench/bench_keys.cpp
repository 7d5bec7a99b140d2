// Key handover, machine time (docs/benchmarks.md, "Key handover"), on a real store holding the
// sample directory and a cabinet of 2,000 keys:
//  - a sign-out at the desk: every rule checked (key, borrower, owner's list, due time) and
//    key.signed_out (+ key.owner_notified for an owner's spare) recorded;
//  - a return by tag;
//  - what the Keys screen reads on each refresh: the cabinet, the open and overdue loans;
//  - the overdue timer's pass when 500 loans passed their due time at once.
// Not a ctest: run by hand.
#include "services/keys.h"
#include "siteterminal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace lobbydesk;

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p * double(values.size())))];
}

void report(const char *what, const std::vector<double> &values)
{
    std::printf("%-52s n=%zu  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms\n", what, values.size(),
        percentile(values, 0.5), percentile(values, 0.99),
        *std::max_element(values.begin(), values.end()));
}

double ms(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("lobbydesk.*.info=false"));
    SiteTerminal desk;
    Keys keys(
        desk.store.events(), [](const QString &, const QString &) { return QString(); },
        Keys::Options { [&desk] { return desk.clock; }, {} });
    constexpr int kKeys = 2000;
    std::vector<Key> cabinet;
    for (int i = 0; i < kKeys; ++i) {
        if (i % 2 == 0)
            cabinet.push_back(keys.deposit(
                { QStringLiteral("K-%1").arg(i, 5, 10, QLatin1Char('0')), {},
                    QStringLiteral("Front door"), {}, QStringLiteral("P-0001"),
                    QStringLiteral("1201"), { QStringLiteral("P-0002") }, QStringLiteral("en") },
                QStringLiteral("bench")));
        else
            cabinet.push_back(
                keys.registerKey({ QStringLiteral("C-%1").arg(i, 5, 10, QLatin1Char('0')), {},
                                     KeyType::Common, QStringLiteral("Common door"), {} },
                    QStringLiteral("bench")));
    }

    std::vector<double> signOuts, returns, refreshes;
    for (int i = 0; i < 500; ++i) {
        const Key &key = cabinet[std::size_t(i)];
        KeySignOut out;
        out.keyId = key.id;
        out.borrowerKind
            = key.type == KeyType::UnitSpare ? QStringLiteral("person") : QStringLiteral("staff");
        out.borrowerId
            = key.type == KeyType::UnitSpare ? QStringLiteral("P-0002") : QStringLiteral("S-001");
        out.reason = QStringLiteral("bench");
        QElapsedTimer clock;
        clock.start();
        keys.signOut(out, QStringLiteral("bench"));
        signOuts.push_back(ms(clock));
    }
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer clock;
        clock.start();
        const QList<Key> all = keys.list();
        const QList<KeyLoan> open = keys.openLoans();
        const QList<KeyLoan> overdue = keys.overdueLoans();
        refreshes.push_back(ms(clock));
        if (all.size() != kKeys || open.size() != 500 || !overdue.isEmpty())
            return 1;
    }
    desk.clock = desk.clock.addDays(2); // every loan is past due
    QElapsedTimer overdueClock;
    overdueClock.start();
    const int alerted = keys.recordOverdue();
    const double overdueMs = ms(overdueClock);
    for (int i = 0; i < 250; ++i) {
        QElapsedTimer clock;
        clock.start();
        keys.returnKey(cabinet[std::size_t(i)].tag, QStringLiteral("good"), {}, {});
        returns.push_back(ms(clock));
    }
    std::printf("cabinet of %d keys, 500 out\n", kKeys);
    report("sign-out (rules + key.signed_out [+ owner_notified])", signOuts);
    report("Keys screen refresh (cabinet, open, overdue)", refreshes);
    report("return by tag", returns);
    std::printf(
        "%-52s %d loans in %.1f ms\n", "overdue timer pass (key.overdue each)", alerted, overdueMs);
    return 0;
}
