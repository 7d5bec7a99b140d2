#pragma once

#include "app/qmlsingleton.h"
#include "directory/directorysearch.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace lobbydesk {

class Store;
class StaffPins;
class CardReader;
class IdleMonitor;

// Who is signed in at a desk or guard terminal (docs/staff.md): a staff card, then the PIN,
// verified offline. Required once this terminal knows an active staff member with a PIN;
// before that (a fresh install, the demo before PINs are set) the terminal works open and says
// so. Kiosks never require it.
class StaffSession final : public QObject, public QmlSingleton<StaffSession>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // "signed_out" (tap a staff card), "pin" (waiting for the PIN), "signed_in".
    Q_PROPERTY(QString state READ state NOTIFY changed)
    // Sign-in is set up here: the screens stay hidden until someone signs in.
    Q_PROPERTY(bool required READ required NOTIFY changed)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY changed)
    Q_PROPERTY(QString staffId READ staffId NOTIFY changed)
    Q_PROPERTY(QString staffName READ staffName NOTIFY changed)
    Q_PROPERTY(QString staffRole READ staffRole NOTIFY changed)
    // Why the last card or PIN was not accepted, in the current language; empty otherwise.
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    // The status bar's words for who actions are recorded as; made with tr(), so read again
    // when the screen's language changes (wordsChanged) as well as the session.
    Q_PROPERTY(QString statusText READ statusText NOTIFY wordsChanged)

public:
    struct Options
    {
        bool staffTerminal = true; // desk or guard; false on a kiosk
        QString terminalName; // what actions are recorded as while sign-in is not set up
        std::chrono::milliseconds idleSignOut { std::chrono::minutes(10) };
    };

    // `reader` may be null (no card reader): cardPresented() still works (tests, typing).
    StaffSession(Store &store, StaffPins &pins, CardReader *reader, Options options,
        QObject *parent = nullptr);
    ~StaffSession() override;

    [[nodiscard]] QString state() const;
    [[nodiscard]] bool required() const { return m_required; }
    [[nodiscard]] bool signedIn() const { return m_signedIn; }
    [[nodiscard]] QString staffId() const { return m_staff ? m_staff->id : QString(); }
    [[nodiscard]] QString staffName() const { return m_staff ? m_staff->name : QString(); }
    [[nodiscard]] QString staffRole() const { return m_staff ? m_staff->role : QString(); }
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] QString statusText() const;
    // The events' actor for the signed-in staff member; empty when nobody is signed in.
    [[nodiscard]] QString actor() const;

    // A card on the reader. Only while the sign-in screen shows (sign-in required and nobody
    // signed in): a tap while signed in belongs to the screen in use (binding an IC card).
    Q_INVOKABLE void cardPresented(const QString &uid);
    Q_INVOKABLE void enterPin(const QString &pin);
    // Back to "tap your card" without signing in.
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void signOut();
    // Reads again whether sign-in is set up (after a sync brought PINs, or tests).
    Q_INVOKABLE void refresh();

signals:
    void changed();
    void wordsChanged();

private:
    void signOutBecause(const QString &how);
    void setProblem(const QString &problem);

    Store &m_store;
    StaffPins &m_pins;
    Options m_options;
    std::unique_ptr<DirectorySearch> m_directory;
    std::unique_ptr<IdleMonitor> m_idle;
    QTimer m_refresh;
    bool m_required = false;
    bool m_signedIn = false;
    std::optional<DirectoryStaff> m_staff; // the card's holder (waiting for the PIN, or in)
    QString m_problem;
};

} // namespace lobbydesk
