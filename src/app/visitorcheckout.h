#pragma once

#include "app/qmlsingleton.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace lobbydesk {

class Visits;
class EventLog;
class Navigator;
struct CheckOutResult;

// A visitor leaving (product.md, "Visitor reception"): the slip scanned or its number typed at
// a guard terminal or a kiosk, the outcome in words, and the one-tap rating that follows; and
// who is on site, for the guard's list. The rules are Visits'; this holds the screen's state.
class VisitorCheckOut final : public QObject, public QmlSingleton<VisitorCheckOut>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // "" before a scan; checked-out, already-checked-out, not-a-slip, unknown, not-on-site
    Q_PROPERTY(QString outcome READ outcome NOTIFY resultChanged)
    Q_PROPERTY(QString message READ message NOTIFY resultChanged)
    Q_PROPERTY(QString name READ name NOTIFY resultChanged)
    Q_PROPERTY(QString host READ host NOTIFY resultChanged) // "李娜 · 艾克米贸易"
    Q_PROPERTY(QString place READ place NOTIFY resultChanged) // "12 / 1201"
    Q_PROPERTY(QString timeIn READ timeIn NOTIFY resultChanged) // "09:12"
    Q_PROPERTY(QString timeOut READ timeOut NOTIFY resultChanged)
    // True after a check-out here until rated, skipped or the next scan.
    Q_PROPERTY(bool canRate READ canRate NOTIFY resultChanged)
    // [{name, companions, host, place, timeIn, number}] newest first; and people incl. companions.
    Q_PROPERTY(QVariantList onSite READ onSite NOTIFY onSiteChanged)
    Q_PROPERTY(int onSiteCount READ onSiteCount NOTIFY onSiteChanged)

public:
    // `screen`: what a scan opens on this terminal (visitor-checkout); navigator may be null.
    VisitorCheckOut(
        Visits &visits, EventLog &events, Navigator *navigator, QObject *parent = nullptr);
    ~VisitorCheckOut() override;

    Q_INVOKABLE void check(const QString &scannedOrTyped);
    // The visitor's answer; "" when recorded, else why not (current language).
    Q_INVOKABLE QString rate(bool satisfied);
    Q_INVOKABLE void skipRating();
    Q_INVOKABLE void clear();
    Q_INVOKABLE void refresh();
    // A scan at this terminal's scanner: the outcome, on the check-out screen.
    void scanned(const QString &text);

    [[nodiscard]] QString outcome() const { return m_outcome; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] QString host() const { return m_host; }
    [[nodiscard]] QString place() const { return m_place; }
    [[nodiscard]] QString timeIn() const { return m_timeIn; }
    [[nodiscard]] QString timeOut() const { return m_timeOut; }
    [[nodiscard]] bool canRate() const { return !m_rateVisitId.isEmpty(); }
    [[nodiscard]] QVariantList onSite() const { return m_onSite; }
    [[nodiscard]] int onSiteCount() const { return m_onSiteCount; }

signals:
    void resultChanged();
    void onSiteChanged();

private:
    void show(const CheckOutResult &result);

    Visits &m_visits;
    Navigator *m_navigator;
    QString m_outcome;
    QString m_message;
    QString m_name;
    QString m_host;
    QString m_place;
    QString m_timeIn;
    QString m_timeOut;
    QString m_rateVisitId;
    QVariantList m_onSite;
    int m_onSiteCount = 0;
};

} // namespace lobbydesk
