#pragma once

#include "drivers/sim/pn532/pn532simulator.h"
#include "drivers/sim/printer/escposprintersimulator.h"
#include "ptypair.h"

#include <QSerialPort>
#include <memory>

namespace lobbydesk {

// The devices of one service counter, simulated: a PN532 card reader, an ESC/POS printer, a
// barcode scanner and a line card reader (one hex UID per line, as cheap readers send), each
// on its own pty pair under one directory. The terminal opens DIR/reader, DIR/printer and
// DIR/scanner (DIR/devices.ini says so in config form); DIR/linereader is there for a
// terminal configured with `card_reader = line:DIR/linereader`.
class SimulatedCounter final : public QObject
{
    Q_OBJECT

public:
    explicit SimulatedCounter(const QString &dir, QObject *parent = nullptr);
    ~SimulatedCounter() override;

    void start(); // throws std::runtime_error when socat is missing
    // One command line ("tap 04A1B2C3", "scan GP-…", "paper out", …); returns the answer.
    QString command(const QString &line);
    [[nodiscard]] static QString help();

private:
    QString writeConfig() const;
    QString plug(const QString &which, bool in);

    QString m_dir;
    PtyPair m_readerPty;
    PtyPair m_printerPty;
    PtyPair m_scannerPty;
    PtyPair m_lineReaderPty;
    std::unique_ptr<Pn532Simulator> m_reader;
    std::unique_ptr<EscPosPrinterSimulator> m_printer;
    QSerialPort m_scanner;
    QSerialPort m_lineReader;
};

} // namespace lobbydesk
