// pn532-sim PATH [--card UID]: a PN532 on PATH (the device side of a pty), driven by lines on
// stdin: "tap UID", "remove", "silent on|off", "quit". lobbydesk-devsim wraps the same class.
#include "drivers/sim/pn532/pn532simulator.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <unistd.h>

using namespace lobbydesk;

namespace {

void command(Pn532Simulator &sim, const QString &line, QTextStream &out)
{
    const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return;
    const QString &verb = words.first();
    if (verb == QLatin1String("tap") && words.size() == 2) {
        out << (sim.tapCard(words.at(1)) ? "ok" : "bad uid") << Qt::endl;
    } else if (verb == QLatin1String("remove")) {
        sim.removeCard();
        out << "ok" << Qt::endl;
    } else if (verb == QLatin1String("silent") && words.size() == 2) {
        sim.setSilent(words.at(1) == QLatin1String("on"));
        out << "ok" << Qt::endl;
    } else if (verb == QLatin1String("quit")) {
        QCoreApplication::quit();
    } else {
        out << "commands: tap UID | remove | silent on|off | quit" << Qt::endl;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() != 2 && !(args.size() == 4 && args.at(2) == QLatin1String("--card"))) {
        QTextStream(stderr) << "usage: pn532-sim PATH [--card UID]\n";
        return 2;
    }
    Pn532Simulator sim(args.at(1));
    if (args.size() == 4 && !sim.tapCard(args.at(3)))
        return 2;
    sim.start();

    // Not QTextStream(stdin).readLine(): it would block the event loop the port runs on.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) { // stdin closed: nobody can drive us any more
            QCoreApplication::quit();
            return;
        }
        pending.append(buffer, got);
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            command(sim, QString::fromUtf8(pending.left(end)).trimmed(), out);
            pending.remove(0, end + 1);
        }
    });
    return app.exec();
}
