// lobbydesk-diag: list ports, read cards, print a test slip, show printer status, echo scans.
#include "diagcommands.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <cstdio>

using namespace lobbydesk;

int main(int argc, char *argv[])
{
    // The test slip's text is drawn with fonts (rare characters as raster), not shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lobbydesk-diag"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks a terminal's serial devices.\n\n"
        "  ports                                 list serial ports\n"
        "  cards PORT --protocol pn532|line|rdm6300 [--seconds N]   show taps\n"
        "  print-test PORT [--paper 80|58] [--qr native|raster]   print a test slip\n"
        "  printer-status PORT                   ask the printer (DLE EOT)\n"
        "  scans PORT [--terminator CR|LF|CRLF|TAB] [--seconds N]   echo scans"));
    parser.addHelpOption();
    const QCommandLineOption protocol(QStringLiteral("protocol"),
        QStringLiteral("Card reader protocol."), QStringLiteral("name"), QStringLiteral("pn532"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
        QStringLiteral("How long to listen."), QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption paper(QStringLiteral("paper"), QStringLiteral("Paper width in mm."),
        QStringLiteral("mm"), QStringLiteral("80"));
    const QCommandLineOption qr(QStringLiteral("qr"), QStringLiteral("QR mode."),
        QStringLiteral("mode"), QStringLiteral("native"));
    const QCommandLineOption terminator(QStringLiteral("terminator"),
        QStringLiteral("Scan terminator."), QStringLiteral("t"), QStringLiteral("CR"));
    parser.addOptions({ protocol, seconds, paper, qr, terminator });
    parser.addPositionalArgument(QStringLiteral("command"),
        QStringLiteral("ports, cards, print-test, printer-status, scans"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    bool ok = false;
    const int duration = parser.value(seconds).toInt(&ok);
    if (!ok || duration < 1 || duration > 3600) {
        std::fprintf(stderr, "lobbydesk-diag: --seconds must be 1 to 3600\n");
        return 2;
    }
    if (command == QStringLiteral("ports"))
        return diagListPorts();
    if (args.size() != 2) {
        std::fprintf(stderr, "lobbydesk-diag: %s\n",
            command.isEmpty() ? "no command (see --help)"
                              : "this command takes one PORT (see --help)");
        return 2;
    }
    const QString port = args.at(1);
    if (command == QStringLiteral("cards"))
        return diagReadCards(port, parser.value(protocol), std::chrono::seconds(duration));
    if (command == QStringLiteral("print-test")) {
        const int mm = parser.value(paper).toInt();
        if ((mm != 58 && mm != 80)
            || (parser.value(qr) != QStringLiteral("native")
                && parser.value(qr) != QStringLiteral("raster"))) {
            std::fprintf(stderr, "lobbydesk-diag: --paper is 80 or 58, --qr is native or raster\n");
            return 2;
        }
        return diagPrintTest(port, mm, parser.value(qr));
    }
    if (command == QStringLiteral("printer-status"))
        return diagPrinterStatus(port);
    if (command == QStringLiteral("scans"))
        return diagEchoScans(port, parser.value(terminator), std::chrono::seconds(duration));
    std::fprintf(
        stderr, "lobbydesk-diag: unknown command '%s' (see --help)\n", qPrintable(command));
    return 2;
}
