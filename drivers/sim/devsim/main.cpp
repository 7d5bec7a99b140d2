// lobbydesk-devsim: a simulated card reader, receipt printer and scanner on ptys, driven by
// commands on stdin or written to DIR/control (e.g. `echo "tap 04A1B2C3" > DIR/control`).
#include "simulatedcounter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace lobbydesk;

namespace {

// Reads command lines from a file descriptor as they arrive, without blocking the simulators.
void watchCommands(int fd, SimulatedCounter &counter, QObject *owner)
{
    auto *notifier = new QSocketNotifier(fd, QSocketNotifier::Read, owner);
    auto *pending = new QByteArray;
    QObject::connect(notifier, &QSocketNotifier::activated, owner, [=, &counter] {
        char buffer[512];
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0) {
            notifier->setEnabled(false); // stdin closed (run in the background): FIFO only
            return;
        }
        pending->append(buffer, n);
        qsizetype end;
        while ((end = pending->indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending->left(end));
            pending->remove(0, end + 1);
            if (line.trimmed() == QStringLiteral("quit")) {
                QCoreApplication::quit();
                return;
            }
            if (!line.trimmed().isEmpty())
                std::printf("%s\n", qPrintable(counter.command(line)));
            std::fflush(stdout);
        }
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Simulated counter devices on ptys. Commands (stdin or DIR/control):\n")
        + SimulatedCounter::help());
    parser.addHelpOption();
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Where the device links go."), QStringLiteral("dir"));
    parser.addOption(dirOption);
    parser.process(app);
    if (!parser.isSet(dirOption)) {
        std::fprintf(stderr, "lobbydesk-devsim: --dir DIR is required\n");
        return 2;
    }
    const QString dir = parser.value(dirOption);
    SimulatedCounter counter(dir);
    try {
        counter.start();
    } catch (const std::exception &error) {
        std::fprintf(stderr, "lobbydesk-devsim: %s\n", error.what());
        return 2;
    }
    const QByteArray control = (dir + QStringLiteral("/control")).toLocal8Bit();
    ::unlink(control.constData());
    if (::mkfifo(control.constData(), 0600) != 0) {
        std::fprintf(stderr, "lobbydesk-devsim: cannot create %s\n", control.constData());
        return 2;
    }
    // O_RDWR keeps a writer open, so the FIFO never reads as closed between commands.
    const int fifo = ::open(control.constData(), O_RDWR | O_NONBLOCK);
    watchCommands(fifo, counter, &app);
    watchCommands(STDIN_FILENO, counter, &app);
    std::printf("devices ready in %s (config: %s/devices.ini); commands on stdin or %s\n",
        qPrintable(dir), qPrintable(dir), control.constData());
    std::fflush(stdout);
    return QCoreApplication::exec();
}
