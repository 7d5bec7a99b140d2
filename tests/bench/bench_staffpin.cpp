// Staff sign-in, machine time (docs/benchmarks.md, "Staff sign-in"):
//  - the Argon2id verify alone (core/pin.h), right and wrong PIN, with the parameters the
//    hub uses;
//  - StaffPins::pinProblem on a real store: the directory lookup, the hash read, the verify and
//    the count written, as the PIN pad's "Sign in" costs it;
//  - the hub's hash of a new PIN (lobbydesk-ctl hub staff-pin).
// Not a ctest: run by hand; the terminal's figure is what a person at the counter waits.
#include "core/pin.h"
#include "services/staffpins.h"
#include "siteterminal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace lobbydesk;

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, std::size_t(p * double(values.size())));
    return values[index];
}

void measure(const char *what, int runs, const std::function<void()> &run)
{
    std::vector<double> values;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        run();
        values.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::printf("%-52s n=%d  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms\n", what, runs,
        percentile(values, 0.5), percentile(values, 0.99),
        *std::max_element(values.begin(), values.end()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("lobbydesk.*.info=false"));
    const int runs = argc > 1 ? std::atoi(argv[1]) : 50;
    std::printf("Argon2id opslimit %llu, memlimit %zu MiB\n", kPinOpsLimit, kPinMemLimit >> 20);

    const QString hash = hashPin(QStringLiteral("4071"), kStaffPinRules);
    measure("hub: hash a new PIN", runs / 5 + 1,
        [] { (void)hashPin(QStringLiteral("4071"), kStaffPinRules); });
    measure("verify, right PIN", runs, [&] {
        if (!pinMatches(hash, QStringLiteral("4071")))
            std::abort();
    });
    measure("verify, wrong PIN", runs, [&] {
        if (pinMatches(hash, QStringLiteral("4072")))
            std::abort();
    });

    SiteTerminal desk;
    hubEvent(QStringLiteral("directory.staff.pin_set"),
        { { QStringLiteral("staff"), QStringLiteral("S-002") },
            { QStringLiteral("pin_hash"), hash } },
        { &desk });
    StaffPins pins(desk.store.events(),
        StaffPins::Options { [&desk] { return desk.clock; }, 1000000, std::chrono::minutes(5) });
    measure("terminal: pinProblem, right PIN (the sign-in check)", runs, [&] {
        if (!pins.pinProblem(QStringLiteral("S-002"), QStringLiteral("4071")).isEmpty())
            std::abort();
    });
    measure("terminal: pinProblem, wrong PIN (+ count written)", runs, [&] {
        if (pins.pinProblem(QStringLiteral("S-002"), QStringLiteral("0000")).isEmpty())
            std::abort();
    });
    return 0;
}
