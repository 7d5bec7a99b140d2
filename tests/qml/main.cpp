// Qt Quick Test runner with a real (throw-away) terminal behind the QML singletons: its store
// holds the sample building directory (assets/directory), and the on-screen keyboard with
// Chinese input is the app's own.
#include "app/demopasses.h"
#include "app/keydesk.h"
#include "app/staffsession.h"
#include "app/terminalapp.h"
#include "core/error.h"
#include "core/eventhash.h"
#include "core/pin.h"
#include "directory/directorycsv.h"
#include "drivers/printer/escposprinter.h"
#include "drivers/sim/printer/escposprintersimulator.h"
#include "ptypair.h"
#include "qmlmodules.h"
#include "sampledirectory.h"
#include "services/cards.h"
#include "services/goodspasses.h"
#include "services/keys.h"
#include "services/projections.h"
#include "services/tenantpins.h"
#include "services/visits.h"
#include "store/store.h"
#include "tempdatadir.h"
#include "testpasses.h"

#include <QDir>
#include <QJsonDocument>
#include <QQmlContext>
#include <QQmlEngine>
#include <QtQuickTest>
#include <memory>

// What the tests check in the terminal's records (a context property: tests only).
class TestProbe : public QObject
{
    Q_OBJECT

public:
    TestProbe(lobbydesk::TerminalApp &terminal, lobbydesk::EscPosPrinterSimulator *printer)
        : m_terminal(terminal)
        , m_printer(printer)
    { }

    Q_INVOKABLE int visitCount() const
    {
        return static_cast<int>(m_terminal.visits().list(lobbydesk::VisitList::All).size());
    }
    // The last visit recorded here: {name, state, language, companions, idLast4, purpose, rated}.
    Q_INVOKABLE QVariantMap lastVisit() const
    {
        const auto visits = m_terminal.visits().list(lobbydesk::VisitList::All);
        if (visits.isEmpty())
            return {};
        const lobbydesk::Visit &visit = visits.constFirst();
        return { { QStringLiteral("name"), visit.name },
            { QStringLiteral("state"), lobbydesk::visitStateKey(visit.state) },
            { QStringLiteral("language"), visit.language },
            { QStringLiteral("companions"), visit.companions },
            { QStringLiteral("idLast4"), visit.idLast4 },
            { QStringLiteral("purpose"), visit.purpose }, { QStringLiteral("plate"), visit.plate },
            { QStringLiteral("token"), visit.token },
            { QStringLiteral("rated"), visit.satisfied.has_value() },
            { QStringLiteral("satisfied"), visit.satisfied.value_or(false) } };
    }
    Q_INVOKABLE void denyListed(const QString &name) const
    {
        m_terminal.visits().addDenyEntry(
            name, {}, {}, QStringLiteral("test"), QStringLiteral("S-TEST"));
    }
    // An invitation to 李娜 (Acme) valid now; its QR text.
    Q_INVOKABLE QString invite(const QString &name) const
    {
        lobbydesk::VisitRequest visitor;
        visitor.name = name;
        visitor.phone = QStringLiteral("13912345678");
        visitor.hostPersonId = QStringLiteral("P-0002");
        visitor.purpose = QStringLiteral("interview");
        visitor.language = QStringLiteral("en");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return m_terminal.visits()
            .invite(visitor, now.addSecs(-60), now.addSecs(8 * 3600), QStringLiteral("S-TEST"))
            .token;
    }
    Q_INVOKABLE QString invitationCodeOf(const QString &token) const
    {
        for (const auto &invitation : m_terminal.visits().invitations()) {
            if (invitation.token == token)
                return lobbydesk::invitationCode(invitation.id);
        }
        return {};
    }
    // The simulated slip printer: ready to print, jobs it printed, taken offline.
    Q_INVOKABLE bool printerReady() const
    {
        const lobbydesk::EscPosPrinter *printer = m_terminal.printer();
        return printer && printer->state() == lobbydesk::Device::State::Connected
            && printer->status().online && !printer->status().paperOut;
    }
    Q_INVOKABLE int printedJobs() const { return m_printer ? m_printer->jobCount() : 0; }
    Q_INVOKABLE void setPrinterOffline(bool offline) const
    {
        if (m_printer)
            m_printer->setCondition(offline ? lobbydesk::EscPosPrinterSimulator::Condition::Offline
                                            : lobbydesk::EscPosPrinterSimulator::Condition::Ready);
    }

    Q_INVOKABLE int goodsPassCount() const
    {
        return static_cast<int>(
            m_terminal.goodsPasses().list(lobbydesk::GoodsPassList::All).size());
    }

    // Print jobs waiting in this terminal's queue (its printer is a path with no device).
    Q_INVOKABLE int waitingPrintJobs() const
    {
        lobbydesk::EscPosPrinter *printer = m_terminal.printer();
        return printer ? static_cast<int>(printer->queue().waiting().size()) : -1;
    }

    [[nodiscard]] Q_INVOKABLE int cardRequestCount() const
    {
        return static_cast<int>(m_terminal.cards().list(lobbydesk::CardRequestList::All).size());
    }
    // What a card is here now: tenant, temporary, blocked, cancelled, expired, staff, unknown.
    [[nodiscard]] Q_INVOKABLE QString cardStatus(const QString &uid) const
    {
        using S = lobbydesk::CardCheck::Status;
        switch (m_terminal.cards().check(uid).status) {
        case S::Tenant:
            return QStringLiteral("tenant");
        case S::Temporary:
            return QStringLiteral("temporary");
        case S::Blocked:
            return QStringLiteral("blocked");
        case S::Cancelled:
            return QStringLiteral("cancelled");
        case S::Expired:
            return QStringLiteral("expired");
        case S::Staff:
            return QStringLiteral("staff");
        case S::Unknown:
            break;
        }
        return QStringLiteral("unknown");
    }
    // A person's cards reported lost at the desk, as another terminal would have done.
    Q_INVOKABLE void reportLost(const QString &personId) const
    {
        m_terminal.cards().reportLost(personId, {}, QStringLiteral("test desk"));
    }
    [[nodiscard]] Q_INVOKABLE int blockedTapCount() const
    {
        return static_cast<int>(m_terminal.cards().blockedTaps().size());
    }
    [[nodiscard]] Q_INVOKABLE int cardPaymentCount() const
    {
        return static_cast<int>(
            m_terminal.cards().payments(m_terminal.cards().now().toLocalTime().date()).size());
    }
    // Keys: whether the key with this tag is out, how many loans there are, a tag read by the
    // desk's scanner (what SerialScanner::scanned delivers), and a key lent 3 hours ago for 2.
    Q_INVOKABLE bool keyOut(const QString &tag) const
    {
        const auto key = m_terminal.keys().findByTag(tag);
        return key && key->out;
    }
    Q_INVOKABLE bool keyKnown(const QString &tag) const
    {
        return m_terminal.keys().findByTag(tag).has_value();
    }
    Q_INVOKABLE int keyLoanCount() const
    {
        return static_cast<int>(m_terminal.keys().recentLoans(100000).size());
    }
    Q_INVOKABLE void scanTag(const QString &text) const { m_terminal.keyDesk().scanned(text); }
    Q_INVOKABLE void lendOverdue(const QString &tag) const
    {
        const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
        lobbydesk::Keys earlier(m_terminal.store().events(), {},
            lobbydesk::Keys::Options { [past] { return past; }, {} });
        const lobbydesk::Key key = earlier.registerKey(
            { tag, {}, lobbydesk::KeyType::Common, QStringLiteral("Loading dock"), {} },
            QStringLiteral("S-TEST"));
        lobbydesk::KeySignOut out;
        out.keyId = key.id;
        out.borrowerKind = QStringLiteral("staff");
        out.borrowerId = QStringLiteral("S-003");
        out.reason = QStringLiteral("Delivery");
        out.dueAt = past.addSecs(2 * 3600);
        earlier.signOut(out, QStringLiteral("S-TEST"));
    }

    // 张三's (P-0001) spare `tag`, deposited with 李娜 (P-0002) on his list and lent to her.
    Q_INVOKABLE void lendSpareToLiNa(const QString &tag) const
    {
        const lobbydesk::Key key = m_terminal.keys().deposit(
            { tag, QStringLiteral("BC") + tag, QStringLiteral("Front door"), QStringLiteral("B1"),
                QStringLiteral("P-0001"), QStringLiteral("1201"), { QStringLiteral("P-0002") },
                QStringLiteral("zh_CN") },
            QStringLiteral("S-TEST"));
        lobbydesk::KeySignOut out;
        out.keyId = key.id;
        out.borrowerKind = QStringLiteral("person");
        out.borrowerId = QStringLiteral("P-0002");
        out.reason = QStringLiteral("Plumber");
        m_terminal.keys().signOut(out, QStringLiteral("S-TEST"));
    }

    // Makes the terminal able to sign slips and invitations, as enrolment with a hub does.
    Q_INVOKABLE void enrol() const
    {
        lobbydesk::demo::enrolThrowAwayTerminal(m_terminal.store(), false);
    }

    // The hub's directory.staff.pin_set for `staff`, pulled as a sync would bring it: from
    // then on this desk requires staff sign-in.
    Q_INVOKABLE void setStaffPin(const QString &staff, const QString &pin) const
    {
        lobbydesk::Event event;
        event.id = lobbydesk::newEventId();
        event.terminalId = QStringLiteral("hub:test");
        event.seq = 1;
        event.type = QStringLiteral("directory.staff.pin_set");
        event.payload
            = QJsonDocument(QJsonObject { { QStringLiteral("staff"), staff },
                                { QStringLiteral("pin_hash"),
                                    lobbydesk::hashPin(pin, lobbydesk::kStaffPinRules) } })
                  .toJson(QJsonDocument::Compact);
        event.occurredAt = QDateTime::currentDateTimeUtc();
        event.actor = QStringLiteral(""); // the hub's events carry no actor
        event.prevHash = QByteArray(32, '\0');
        event.hash = lobbydesk::eventHash(event);
        m_terminal.store().events().storePulled(
            { event }, lobbydesk::terminalProjection, [](QSqlDatabase &) {});
        m_terminal.staffSession().refresh();
    }
    // A tenant's card PIN, as they would set it at this kiosk with their card.
    Q_INVOKABLE void setTenantPin(const QString &person, const QString &pin) const
    {
        m_terminal.tenantPins().setPin(person, pin, pin, QStringLiteral("test tenant"));
    }
    // The actor of the last event of `type` recorded here; empty when there is none.
    Q_INVOKABLE QString lastActor(const QString &type) const
    {
        QString actor;
        m_terminal.store().events().forEach([&](const lobbydesk::Event &event) {
            if (event.type == type)
                actor = event.actor;
            return true;
        });
        return actor;
    }
    Q_INVOKABLE int eventCount(const QString &type) const
    {
        int count = 0;
        m_terminal.store().events().forEach([&](const lobbydesk::Event &event) {
            count += event.type == type ? 1 : 0;
            return true;
        });
        return count;
    }

private:
    lobbydesk::TerminalApp &m_terminal;
    lobbydesk::EscPosPrinterSimulator *m_printer;
};

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        // The app's input method (main() sets it too).
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        lobbydesk::TerminalConfig config;
        const QString role = qEnvironmentVariable("LOBBYDESK_TEST_ROLE");
        config.role = role == QStringLiteral("kiosk") ? lobbydesk::Role::Kiosk
            : role == QStringLiteral("guard")         ? lobbydesk::Role::Guard
                                                      : lobbydesk::Role::Desk;
        config.language = lobbydesk::Language::English;
        config.dataDir = m_data.path();
        // Visitor screens: a slip printer, the simulator on the other end of a pty (sim), or a
        // printer whose device is not there, so jobs wait in its queue (any other value).
        const QString printer = qEnvironmentVariable("LOBBYDESK_TEST_PRINTER");
        if (printer == QStringLiteral("sim")) {
            QDir(m_data.path()).mkpath(QStringLiteral("pty"));
            QDir(m_data.path()).mkpath(QStringLiteral("printed"));
            m_pty = std::make_unique<PtyPair>(m_data.file(QStringLiteral("pty")));
            m_pty->start();
            m_printer = std::make_unique<lobbydesk::EscPosPrinterSimulator>(
                m_pty->peerEnd(), m_data.file(QStringLiteral("printed")));
            m_printer->start();
            config.devices.printerPath = m_pty->deviceEnd();
        } else if (!printer.isEmpty()) {
            config.devices.printerPath = m_data.path() + QStringLiteral("/no-printer");
        }
        m_terminal = std::make_unique<lobbydesk::TerminalApp>(config);
        loadSampleDirectory(m_terminal->store());
        // The guard checks passes that this terminal issues itself, signed with its own key.
        if (config.role == lobbydesk::Role::Guard || printer == QStringLiteral("sim"))
            lobbydesk::demo::enrolThrowAwayTerminal(m_terminal->store(), false);
        m_passes = std::make_unique<lobbydesk::TestPasses>(
            m_terminal->store(), m_terminal->goodsPasses());
        // Master keys: the second staff member's PIN (staff PINs are another service).
        if (const QString pin = qEnvironmentVariable("LOBBYDESK_TEST_STAFF_PIN"); !pin.isEmpty())
            m_terminal->setSecondPinCheck([pin](const QString &, const QString &typed) {
                return typed == pin ? QString() : QStringLiteral("This PIN is wrong.");
            });
        m_terminal->attach(engine);
        m_probe = std::make_unique<TestProbe>(*m_terminal, m_printer.get());
        engine->rootContext()->setContextProperty(QStringLiteral("TestProbe"), m_probe.get());
        m_terminal->startInput();
    }

private:
    TempDataDir m_data;
    std::unique_ptr<PtyPair> m_pty;
    std::unique_ptr<lobbydesk::EscPosPrinterSimulator> m_printer;
    std::unique_ptr<lobbydesk::TerminalApp> m_terminal;
    std::unique_ptr<lobbydesk::TestPasses> m_passes;
    std::unique_ptr<TestProbe> m_probe;
};

QUICK_TEST_MAIN_WITH_SETUP(lobbydesk_qml, Setup)

#include "main.moc"
