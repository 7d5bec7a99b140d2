// escpos-sim PATH --jobs DIR: an ESC/POS receipt printer on the pty end PATH, recording each
// job it prints to DIR. Its condition is driven by lines on stdin, so a person or a script can
// run a printer out of paper while LobbyDesk prints.
#include "drivers/sim/printer/escposprintersimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <unistd.h>

using namespace lobbydesk;

namespace {

QString handleCommand(EscPosPrinterSimulator &sim, const QString &line)
{
    using Condition = EscPosPrinterSimulator::Condition;
    const QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString command = words.mid(0, 2).join(QLatin1Char(' '));
    if (command == QStringLiteral("paper out") && words.size() == 4
        && words.at(2) == QStringLiteral("after")) {
        bool ok = false;
        const qint64 bytes = words.at(3).toLongLong(&ok);
        if (!ok || bytes < 0)
            return QStringLiteral("error: paper out after BYTES");
        sim.runOutOfPaperAfter(bytes);
    } else if (command == QStringLiteral("paper out")) {
        sim.setCondition(Condition::PaperOut);
    } else if (command == QStringLiteral("paper ok") || command == QStringLiteral("cover closed")
        || command == QStringLiteral("online")) {
        sim.setCondition(Condition::Ready);
    } else if (command == QStringLiteral("cover open")) {
        sim.setCondition(Condition::CoverOpen);
    } else if (command == QStringLiteral("offline")) {
        sim.setCondition(Condition::Offline);
    } else if (command == QStringLiteral("silent on") || command == QStringLiteral("silent off")) {
        sim.setSilent(words.at(1) == QStringLiteral("on"));
    } else if (command == QStringLiteral("status")) {
        return QStringLiteral("jobs %1, status %2 %3 %4%5")
            .arg(sim.jobCount())
            .arg(sim.statusByte(1), 2, 16, QLatin1Char('0'))
            .arg(sim.statusByte(2), 2, 16, QLatin1Char('0'))
            .arg(sim.statusByte(4), 2, 16, QLatin1Char('0'))
            .arg(sim.silent() ? QStringLiteral(", silent") : QString());
    } else if (command == QStringLiteral("quit")) {
        QCoreApplication::quit();
    } else {
        return QStringLiteral("error: unknown command (paper out [after BYTES], paper ok, cover "
                              "open, cover closed, offline, online, silent on|off, status, quit)");
    }
    return QStringLiteral("ok");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("ESC/POS receipt printer simulator; commands on stdin"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("the pty end to open"));
    const QCommandLineOption jobs(QStringLiteral("jobs"),
        QStringLiteral("directory for job-NNNN.bin files"), QStringLiteral("dir"),
        QStringLiteral("."));
    parser.addOption(jobs);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    EscPosPrinterSimulator sim(parser.positionalArguments().first(), parser.value(jobs));
    QTextStream out(stdout);
    QObject::connect(
        &sim, &EscPosPrinterSimulator::jobRecorded, &app, [&out](int number, const QString &path) {
            out << "job " << number << ' ' << path << Qt::endl;
        });
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QTextStream in(stdin);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        QString line;
        if (!in.readLineInto(&line)) {
            QCoreApplication::quit(); // stdin closed: whoever drove us is gone
            return;
        }
        if (!line.trimmed().isEmpty())
            out << handleCommand(sim, line) << Qt::endl;
    });
    sim.start();
    return app.exec();
}
