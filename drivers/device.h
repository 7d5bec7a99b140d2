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
    [[nodiscard]] virtual State state() const { return m_state; }
    // Words for staff: the port, and what is wrong when something is.
    [[nodiscard]] virtual QString detail() const { return m_detail; }

signals:
    void stateChanged();

protected:
    // For drivers that keep their state rather than derive it: stores it and tells the
    // status bar, once per actual change.
    void publish(State state, const QString &detail)
    {
        if (state == m_state && detail == m_detail)
            return;
        m_state = state;
        m_detail = detail;
        emit stateChanged();
    }

private:
    State m_state = State::NotConfigured;
    QString m_detail;
};

} // namespace lobbydesk
