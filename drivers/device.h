#pragma once

#include <QObject>
#include <QString>

namespace lobbydesk {

// What every device (card reader, printer, scanner) publishes for the staff status bar.
class Device : public QObject
{
    Q_OBJECT

public:
    enum class Kind { CardReader, ReceiptPrinter, Scanner };
    Q_ENUM(Kind)
    enum class State { NotConfigured, Connected, Reconnecting, Error };
    Q_ENUM(State)

    using QObject::QObject;

    [[nodiscard]] virtual Kind kind() const = 0;
    [[nodiscard]] virtual State state() const = 0;
    // Words for staff: the port, and what is wrong when something is.
    [[nodiscard]] virtual QString detail() const = 0;

signals:
    void stateChanged();
};

} // namespace lobbydesk
