#pragma once

#include "app/qmlsingleton.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace lobbydesk {

class Store;
class GoodsPasses;

// Test only: genuine goods passes issued on the harness's throw-away terminal, for the guard
// screen's tests (LOBBYDESK_TEST_ROLE=guard enrols it with a made-up site).
class TestPasses final : public QObject, public QmlSingleton<TestPasses>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    TestPasses(Store &store, GoodsPasses &passes, QObject *parent = nullptr);

    // A new pass for unit 1201 with three items (4 pcs, 12 boxes, 2 pcs); its QR text.
    Q_INVOKABLE QString issue();
    // The last sync was `hoursAgo` hours ago (over 12: amber).
    Q_INVOKABLE void markSynced(int hoursAgo);

private:
    Store &m_store;
    GoodsPasses &m_passes;
};

} // namespace lobbydesk
