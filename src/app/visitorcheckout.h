#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace lobbydesk {

class TerminalApp;
struct CheckOutResult;

// A visitor checking out at the kiosk: the scanned slip (or typed visit number), the service's
// answer in words, then the optional one-tap rating (product.md: satisfied responses / all
// responses). The rules are the Visits service's.
class VisitorCheckOut : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // True on the check-out screen: scans at the kiosk's scanner arrive here (KioskScan).
    Q_PROPERTY(bool takesScans READ takesScans WRITE setTakesScans NOTIFY takesScansChanged)
    // "checked_out", "already", "not_a_slip", "unknown", "not_on_site"; "" before a scan.
    Q_PROPERTY(QString outcome READ outcome NOTIFY resultChanged)
    Q_PROPERTY(QString message READ message NOTIFY resultChanged)
    // The visitor still holds a key (key handover): said in words; empty otherwise.
    Q_PROPERTY(QString keyWarning READ keyWarning NOTIFY resultChanged)
    // The visitor may rate this visit now (checked out here, not yet rated or skipped).
    Q_PROPERTY(bool canRate READ canRate NOTIFY resultChanged)
    // "satisfied", "not_satisfied", "skipped" once answered; "" before.
    Q_PROPERTY(QString rating READ rating NOTIFY resultChanged)

public:
    explicit VisitorCheckOut(QObject *parent = nullptr);
    ~VisitorCheckOut() override;

    static void attachTerminal(TerminalApp *terminal);

    [[nodiscard]] bool takesScans() const { return m_takesScans; }
    void setTakesScans(bool takes);
    [[nodiscard]] QString outcome() const { return m_outcome; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QString keyWarning() const { return m_keyWarning; }
    [[nodiscard]] bool canRate() const
    {
        return m_outcome == QStringLiteral("checked_out") && m_rating.isEmpty();
    }
    [[nodiscard]] QString rating() const { return m_rating; }

    // A scanned slip or a typed visit number. True when this checked the visitor out.
    Q_INVOKABLE bool checkOut(const QString &scannedOrTyped);
    // The one-tap answer, once, for the visit just checked out.
    Q_INVOKABLE void rate(bool satisfied);
    Q_INVOKABLE void skipRating();

signals:
    void takesScansChanged();
    void resultChanged();

private:
    void takePendingScan();

    bool m_takesScans = false;
    QString m_outcome;
    QString m_message;
    QString m_keyWarning;
    QString m_visitId;
    QString m_rating;
};

} // namespace lobbydesk
