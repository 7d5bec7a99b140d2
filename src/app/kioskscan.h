#pragma once

#include "app/qmlsingleton.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace lobbydesk {

class Navigator;
class Visits;

// Where a scan at the kiosk's scanner goes: on the invitation screen it checks the visitor in,
// on the check-out screen it checks them out; on the home screen the code itself decides (an
// invitation opens the invitation screen, a slip or anything else the check-out screen, which
// says what it is). On other screens (someone is typing a walk-in) it is ignored.
class KioskScan final : public QObject, public QmlSingleton<KioskScan>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    KioskScan(Visits &visits, Navigator &navigator, QObject *parent = nullptr);

    // The scanner's line (SerialScanner::scanned); tests call it too.
    Q_INVOKABLE void scanned(const QString &text);
    // The screen ("invitation", "visitor-checkout") a code is for; "" when none.
    [[nodiscard]] QString screenFor(const QString &text) const;
    // The scan waiting for `screen`, handed over once; "" when none.
    QString take(const QString &screen);

signals:
    // A scan is waiting for `screen` (take() it).
    void arrived(const QString &screen);

private:
    Visits &m_visits;
    Navigator &m_navigator;
    QString m_pendingScreen;
    QString m_pending;
};

} // namespace lobbydesk
