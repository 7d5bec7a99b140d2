#include "app/screenrunner.h"

#include "app/carddesk.h"
#include "app/democards.h"
#include "app/demokeys.h"
#include "app/demopasses.h"
#include "app/demostaff.h"
#include "app/demovisits.h"
#include "app/goodspassdesk.h"
#include "app/keydesk.h"
#include "app/languageswitcher.h"
#include "app/navigator.h"
#include "app/passcheck.h"
#include "app/staffsession.h"
#include "app/tenantcard.h"
#include "app/terminalapp.h"
#include "app/visitdesk.h"
#include "core/error.h"
#include "core/logging.h"
#include "services/goodspasses.h"
#include "services/visits.h"
#include "store/store.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <cstdio>

namespace lobbydesk {
namespace {

int g_problems = 0;
QtMessageHandler g_previousHandler = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        ++g_problems;
    g_previousHandler(type, context, message);
}

QSize windowSizeFor(Role role)
{
    switch (role) {
    case Role::Kiosk:
        return { 1080, 1920 }; // portrait lobby kiosk
    case Role::Desk:
        return { 1920, 1080 };
    case Role::Guard:
        return { 1280, 800 };
    }
    Q_UNREACHABLE();
}

// Main.qml of `terminal` in a window of its role's size; null (and a problem counted) when it
// does not load.
QQuickWindow *showMain(TerminalApp &terminal, QQmlApplicationEngine &engine)
{
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    terminal.attach(&engine);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/LobbyDesk/App/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        ++g_problems;
        qCCritical(lcApp) << "Main.qml did not load for role" << roleKey(terminal.config().role);
        return nullptr;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    window->resize(windowSizeFor(terminal.config().role));
    window->show();
    return window;
}

// Renders the window; saves it as DIR/<role>-<name>-<lang>.png when `outDir` is set.
void capture(QQuickWindow *window, const TerminalConfig &config, const QString &outDir,
    const QString &name, const QString &language)
{
    QCoreApplication::processEvents();
    const QImage image = window->grabWindow();
    if (image.isNull()) {
        ++g_problems;
        qCCritical(lcApp) << "could not render" << name;
    }
    if (outDir.isEmpty())
        return;
    const QString file
        = QStringLiteral("%1/%2-%3-%4.png").arg(outDir, roleKey(config.role), name, language);
    if (!image.save(file)) {
        ++g_problems;
        qCCritical(lcApp) << "could not write" << file;
    }
}

// Shows each screen of one role in each language; saves PNGs when `outDir` is set.
void visitScreens(const TerminalConfig &config, const QString &outDir)
{
    TerminalApp terminal(config);
    // Screenshots show the keyboard as a user sees it; the self-test does not need it.
    if (!outDir.isEmpty())
        terminal.startInput(true);
    QQmlApplicationEngine engine;
    QQuickWindow *window = showMain(terminal, engine);
    if (!window)
        return;

    const auto screens = terminal.navigator().screens();
    for (const QString &code : languageCodes()) {
        terminal.languages().select(code);
        for (const ScreenInfo &screen : screens) {
            terminal.navigator().home();
            terminal.navigator().open(screen.id);
            capture(window, config, outDir, screen.id, code);
        }
    }
    std::printf("%s: %lld screens x %lld languages\n", qPrintable(roleKey(config.role)),
        qlonglong(screens.size()), qlonglong(languageCodes().size()));
}

// The guard's pass check with a green, an amber and a red verdict in each language, on a
// throw-away terminal that issues its own passes (never on the config's data).
void visitPassVerdicts(const TerminalConfig &config, const QString &outDir)
{
    QTemporaryDir data;
    TerminalConfig throwAway = config;
    throwAway.dataDir = data.path();
    TerminalApp terminal(throwAway);
    demo::enrolThrowAwayTerminal(terminal.store(), true);
    const GoodsPass valid = demo::issuePass(terminal.goodsPasses());
    const GoodsPass used = demo::issuePass(terminal.goodsPasses());
    terminal.goodsPasses().consume(
        used.token, used.request.items, {}, QStringLiteral("Wang Qiang"));

    QQmlApplicationEngine engine;
    QQuickWindow *window = showMain(terminal, engine);
    if (!window)
        return;
    PassCheck &check = terminal.passCheck();
    for (const QString &code : languageCodes()) {
        terminal.languages().select(code);
        terminal.navigator().home();
        terminal.navigator().open(QStringLiteral("pass-check"));
        demo::markSynced(terminal.store(), 30);
        check.check(valid.token);
        capture(window, throwAway, outDir, QStringLiteral("pass-check-amber"), code);
        demo::markSynced(terminal.store(), 0);
        check.check(valid.token);
        check.setReleased(0, valid.request.items.first().quantity);
        capture(window, throwAway, outDir, QStringLiteral("pass-check-green"), code);
        check.check(used.token);
        capture(window, throwAway, outDir, QStringLiteral("pass-check-red"), code);
        check.clear();
    }
    std::printf("%s: 3 pass verdicts x %lld languages\n", qPrintable(roleKey(config.role)),
        qlonglong(languageCodes().size()));
}

// The desk's goods passes with a request to approve (its checks shown) and a double-use
// alert, in each language, on a throw-away terminal.
void visitDeskPasses(const TerminalConfig &config, const QString &outDir)
{
    QTemporaryDir data;
    TerminalConfig throwAway = config;
    throwAway.dataDir = data.path();
    TerminalApp terminal(throwAway);
    demo::enrolThrowAwayTerminal(terminal.store(), true);
    const GoodsPass twice = demo::issuePass(terminal.goodsPasses());
    demo::releaseTwice(terminal.store(), twice);
    const GoodsPass pending = demo::requestPass(terminal.goodsPasses());

    QQmlApplicationEngine engine;
    QQuickWindow *window = showMain(terminal, engine);
    if (!window)
        return;
    GoodsPassDesk &desk = terminal.goodsPassDesk();
    for (const QString &code : languageCodes()) {
        terminal.languages().select(code);
        terminal.navigator().home();
        terminal.navigator().open(QStringLiteral("goods-passes"));
        desk.setList(QStringLiteral("pending"));
        desk.select(pending.id);
        capture(window, throwAway, outDir, QStringLiteral("goods-passes-pending"), code);
        desk.setList(QStringLiteral("alerts"));
        desk.select(twice.id);
        capture(window, throwAway, outDir, QStringLiteral("goods-passes-alert"), code);
    }
    std::printf("%s: 2 goods pass lists x %lld languages\n", qPrintable(roleKey(config.role)),
        qlonglong(languageCodes().size()));
}

// The item named `name` under `item` in the visual tree (a Loader's page is not its QObject
// child); null when none.
QQuickItem *findItem(QQuickItem *item, const QString &name)
{
    if (item->objectName() == name)
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

// The item named `name` on the screen showing now; null (and a problem counted) when none.
QObject *onScreen(QQuickWindow *window, const char *name)
{
    QObject *found = findItem(window->contentItem(), QLatin1String(name));
    if (!found) {
        ++g_problems;
        qCCritical(lcApp) << "no" << name << "on the screen";
    }
    return found;
}

// The kiosk's visitor check-in at the steps that matter (a refused name, the host search with
// hits, the summary, admitted with the slip's QR on screen for want of a printer, held), and
// the check-out's rating, in each language, on a throw-away enrolled kiosk.
void visitKioskVisitors(const TerminalConfig &config, const QString &outDir)
{
    QTemporaryDir data;
    TerminalConfig throwAway = config;
    throwAway.dataDir = data.path();
    throwAway.devices = {}; // no printer: the admitted visitor gets the QR on screen
    TerminalApp terminal(throwAway);
    if (!outDir.isEmpty())
        terminal.startInput(true);
    demo::enrolThrowAwayTerminal(terminal.store(), true);
    terminal.visits().addDenyEntry(
        QStringLiteral("Wang Wu"), {}, {}, QStringLiteral("demo"), QStringLiteral("S-DEMO"));

    QQmlApplicationEngine engine;
    QQuickWindow *window = showMain(terminal, engine);
    if (!window)
        return;
    const auto shot = [&](const char *name, const QString &code) {
        capture(window, throwAway, outDir, QString::fromLatin1(name), code);
    };
    // The walk-in screen, freshly opened, at `step` with `name` typed and the rest answered.
    const auto walkIn = [&](const QString &name, const QString &step) -> QObject * {
        terminal.navigator().home();
        terminal.navigator().open(QStringLiteral("visitor-checkin"));
        QObject *screen = onScreen(window, "visitorCheckIn");
        if (!screen)
            return nullptr;
        auto *form = screen->property("form").value<QObject *>();
        form->setProperty("name", name);
        form->setProperty("phone", QStringLiteral("13800138000"));
        QMetaObject::invokeMethod(form, "setHost",
            Q_ARG(QVariantMap,
                QVariantMap({ { QStringLiteral("kind"), QStringLiteral("person") },
                    { QStringLiteral("id"), QStringLiteral("P-0001") },
                    { QStringLiteral("name"), QStringLiteral("张三") },
                    { QStringLiteral("company"), QStringLiteral("Unit 1201") } })));
        form->setProperty("purpose", QStringLiteral("visit"));
        form->setProperty("plate", QStringLiteral("粤B12345"));
        form->setProperty("idNumber", QStringLiteral("11010519491231002X"));
        const QStringList steps = screen->property("steps").toStringList();
        screen->setProperty("stepIndex", int(steps.indexOf(step)));
        return screen;
    };
    for (const QString &code : languageCodes()) {
        terminal.languages().select(code);
        if (QObject *screen = walkIn(QStringLiteral("Mary 2"), QStringLiteral("name"))) {
            QMetaObject::invokeMethod(screen->property("form").value<QObject *>(), "validateStep",
                Q_ARG(QStringList, QStringList { QStringLiteral("name") }));
            shot("visitor-checkin-name-problem", code);
        }
        if (walkIn(QStringLiteral("Mary Lee"), QStringLiteral("host"))) {
            if (QObject *field = onScreen(window, "hostSearchField"))
                field->setProperty("text", QStringLiteral("1201"));
            shot("visitor-checkin-host", code);
        }
        if (QObject *screen = walkIn(QStringLiteral("Mary Lee"), QStringLiteral("confirm"))) {
            shot("visitor-checkin-confirm", code);
            QMetaObject::invokeMethod(screen, "next");
            shot("visitor-checkin-admitted", code);
        }
        if (QObject *screen = walkIn(QStringLiteral("Wang Wu"), QStringLiteral("confirm"))) {
            QMetaObject::invokeMethod(screen, "next");
            shot("visitor-checkin-held", code);
        }
        const QList<Visit> onSite = terminal.visits().list(VisitList::OnSite);
        terminal.navigator().home();
        terminal.navigator().open(QStringLiteral("visitor-checkout"));
        if (QObject *screen = onScreen(window, "visitorCheckOut"); screen && !onSite.isEmpty()) {
            QMetaObject::invokeMethod(screen->property("checkout").value<QObject *>(), "checkOut",
                Q_ARG(QString, onSite.constFirst().token));
            shot("visitor-checkout-rating", code);
        }
    }
    terminal.navigator().home();
    std::printf("%s: 6 visitor states x %lld languages\n", qPrintable(roleKey(config.role)),
        qlonglong(languageCodes().size()));
}

// The desk's Visitors screen in its main states, in each language, on a throw-away terminal:
// a held visitor (the deny-list alert), a visitor waiting for approval, an invitation just made
// with its code on screen, the deny list, and a week's satisfaction with a day under 85%.
void visitDeskVisitors(const TerminalConfig &config, const QString &outDir)
{
    QTemporaryDir data;
    TerminalConfig throwAway = config;
    throwAway.dataDir = data.path();
    TerminalApp terminal(throwAway);
    demo::enrolThrowAwayTerminal(terminal.store(), true);
    const demo::DemoVisits seeded = demo::seedVisits(terminal.store(), terminal.visits());
    demo::seedKioskPaperOut(terminal.store());

    QQmlApplicationEngine engine;
    QQuickWindow *window = showMain(terminal, engine);
    if (!window)
        return;
    VisitDesk &desk = terminal.visitDesk();
    const QList<std::pair<QString, std::function<void()>>> states {
        { QStringLiteral("visitors-held"),
            [&] {
                desk.setSection(QStringLiteral("visits"));
                desk.setList(QStringLiteral("today"));
                desk.select(seeded.held.id);
            } },
        { QStringLiteral("visitors-approvals"),
            [&] {
                desk.setSection(QStringLiteral("visits"));
                desk.setList(QStringLiteral("approvals"));
                desk.select(seeded.waiting.id);
            } },
        { QStringLiteral("visitors-invitation"),
            [&] {
                desk.setSection(QStringLiteral("invitations"));
                desk.showInvitation(seeded.invitation.id);
            } },
        { QStringLiteral("visitors-deny-list"), [&] { desk.setSection(QStringLiteral("deny")); } },
        { QStringLiteral("visitors-satisfaction"),
            [&] { desk.setSection(QStringLiteral("satisfaction")); } },
    };
    for (const QString &code : languageCodes()) {
        terminal.languages().select(code);
        for (const auto &[name, show] : states) {
            terminal.navigator().home();
            terminal.navigator().open(QStringLiteral("visitors"));
            desk.clearForm();
            show();
            capture(window, throwAway, outDir, name, code);
        }
    }
    std::printf("%s: %lld visitor states x %lld languages\n", qPrintable(roleKey(config.role)),
        qlonglong(states.size()), qlonglong(languageCodes().size()));
}

// The staff sign-in screen, in each language, on a throw-away terminal whose store knows a
// staff PIN: "tap your staff card", the PIN pad after a wrong PIN, then signed in (the home
// screen, the status bar naming who is signed in).
void visitStaffSignIn(const TerminalConfig &config, const QString &outDir)
{
    QTemporaryDir data;
    TerminalConfig throwAway = config;
    throwAway.dataDir = data.path();
    TerminalApp terminal(throwAway);
    demo::seedStaffPin(terminal.store(), QStringLiteral("S-002"), QStringLiteral("4071"));
    StaffSession &session = terminal.staffSession();
    session.refresh();

    QQmlApplicationEngine engine;
    QQuickWindow *window = showMain(terminal, engine);
    if (!window)
        return;
    for (const QString &code : languageCodes()) {
        terminal.languages().select(code);
        session.cancel();
        capture(window, throwAway, outDir, QStringLiteral("staff-sign-in"), code);
        session.cardPresented(QStringLiteral("0A0B0C0E"));
        session.enterPin(QStringLiteral("1234"));
        capture(window, throwAway, outDir, QStringLiteral("staff-sign-in-pin"), code);
        session.enterPin(QStringLiteral("4071"));
        capture(window, throwAway, outDir, QStringLiteral("staff-signed-in"), code);
        session.signOut();
    }
    std::printf("%s: 3 sign-in states x %lld languages\n", qPrintable(roleKey(config.role)),
        qlonglong(languageCodes().size()));
}

// The guard's visitor check-out after a scan: checked out, the same slip again, and a code that
// is no visitor slip, in each language, on a throw-away terminal that checks its own visitor in.
void visitGuardCheckOuts(const TerminalConfig &config, const QString &outDir)
{
    QTemporaryDir data;
    TerminalConfig throwAway = config;
    throwAway.dataDir = data.path();
    TerminalApp terminal(throwAway);
    demo::enrolThrowAwayTerminal(terminal.store(), true);

    QQmlApplicationEngine engine;
    QQuickWindow *window = showMain(terminal, engine);
    if (!window)
        return;
    for (const QString &code : languageCodes()) {
        terminal.languages().select(code);
        const CheckInResult visitor = demo::checkInVisitor(terminal.visits());
        terminal.navigator().home();
        terminal.navigator().open(QStringLiteral("visitor-checkout"));
        QObject *screen = onScreen(window, "visitorCheckOutScreen");
        if (!screen)
            return;
        auto *checkout = screen->property("checkout").value<QObject *>();
        for (const auto &[name, scanned] :
            { std::pair { "visitor-checkout-done", visitor.visit.token },
                std::pair { "visitor-checkout-again", visitor.visit.token },
                std::pair { "visitor-checkout-unknown", QStringLiteral("HELLO-WORLD") } }) {
            QMetaObject::invokeMethod(checkout, "checkOut", Q_ARG(QString, scanned));
            capture(window, throwAway, outDir, QString::fromLatin1(name), code);
        }
    }
    std::printf("%s: 3 visitor check-outs x %lld languages\n", qPrintable(roleKey(config.role)),
        qlonglong(languageCodes().size()));
}

// The desk's Keys screen in its main states, in each language, on a throw-away terminal with
// the demo cabinet: the cabinet with a key's history, the overdue list, a master-key sign-out
// refused for its missing second PIN, the deposit form, the return form after a scan, and a
// sign-out with the on-screen keyboard open, the due time (the bottom-most field) in view.
void visitDeskKeys(const TerminalConfig &config, const QString &outDir)
{
    QTemporaryDir data;
    TerminalConfig throwAway = config;
    throwAway.dataDir = data.path();
    throwAway.devices = {}; // no printer: screenshots print nothing
    TerminalApp terminal(throwAway);
    if (!outDir.isEmpty())
        terminal.startInput(true);
    demo::enrolThrowAwayTerminal(terminal.store(), true);
    demo::seedKeyDirectory(terminal.store());
    const demo::DemoKeys seeded = demo::seedKeys(terminal.store());

    QQmlApplicationEngine engine;
    QQuickWindow *window = showMain(terminal, engine);
    if (!window)
        return;
    KeyDesk &desk = terminal.keyDesk();
    const QList<std::pair<QString, std::function<void()>>> states {
        { QStringLiteral("keys-cabinet"),
            [&] {
                desk.setSection(QStringLiteral("cabinet"));
                desk.selectKey(seeded.spare.id);
            } },
        { QStringLiteral("keys-overdue"), [&] { desk.setSection(QStringLiteral("overdue")); } },
        { QStringLiteral("keys-signout"),
            [&] {
                desk.beginSignOut(seeded.common.id);
                desk.pickBorrower(
                    QStringLiteral("person"), QStringLiteral("P-0002"), QStringLiteral("李娜"));
                desk.signOut({ { QStringLiteral("reason"), QStringLiteral("Roof inspection") },
                    { QStringLiteral("due"), QStringLiteral("2020-01-01 10:00") } });
            } },
        { QStringLiteral("keys-deposit"),
            [&] {
                desk.setSection(QStringLiteral("deposit"));
                desk.pickOwner(QStringLiteral("P-0001"));
            } },
        { QStringLiteral("keys-return"),
            [&] {
                terminal.navigator().open(QStringLiteral("keys"));
                desk.scanned(seeded.master.tag);
            } },
        { QStringLiteral("keys-signout-keyboard"),
            [&] {
                desk.beginSignOut(seeded.common.id);
                desk.pickBorrower(
                    QStringLiteral("person"), QStringLiteral("P-0002"), QStringLiteral("李娜"));
                capture(window, throwAway, {}, {}, {}); // laid out, as staff first see it
                if (auto *reason = qobject_cast<QQuickItem *>(onScreen(window, "signOutReason")))
                    reason->setProperty("text", QStringLiteral("Roof inspection"));
                if (auto *due = qobject_cast<QQuickItem *>(onScreen(window, "signOutDue"))) {
                    due->forceActiveFocus(Qt::TabFocusReason);
                    QGuiApplication::inputMethod()->show();
                }
                capture(window, throwAway, {}, {}, {}); // the keyboard opens, the form shrinks
            } },
    };
    for (const QString &code : languageCodes()) {
        terminal.languages().select(code);
        for (const auto &[name, show] : states) {
            QGuiApplication::inputMethod()->hide();
            terminal.navigator().home();
            terminal.navigator().open(QStringLiteral("keys"));
            desk.clearForm();
            desk.dismissMessage();
            desk.selectKey({});
            show();
            capture(window, throwAway, outDir, name, code);
        }
    }
    std::printf("%s: %lld key states x %lld languages\n", qPrintable(roleKey(config.role)),
        qlonglong(states.size()), qlonglong(languageCodes().size()));
}

// The desk's IC cards in each section, on a throw-away terminal with demo cards: a kiosk
// request to approve, a proxy's request with its letter, the issue step waiting for the card,
// a blocked card tapped at the kiosk, today's payments.
void visitDeskCards(const TerminalConfig &config, const QString &outDir)
{
    QTemporaryDir data;
    TerminalConfig throwAway = config;
    throwAway.dataDir = data.path();
    TerminalApp terminal(throwAway);
    demo::enrolThrowAwayTerminal(terminal.store(), false);
    const demo::DemoCards seeded = demo::seedCards(terminal.store(), terminal.cards());

    QQmlApplicationEngine engine;
    QQuickWindow *window = showMain(terminal, engine);
    if (!window)
        return;
    CardDesk &desk = *CardDesk::create(nullptr, nullptr);
    const QList<std::pair<QString, std::function<void()>>> states {
        { QStringLiteral("cards-approve"),
            [&] {
                desk.setProperty("section", QStringLiteral("requests"));
                desk.select(seeded.waiting.id);
            } },
        { QStringLiteral("cards-proxy"),
            [&] {
                desk.setProperty("section", QStringLiteral("requests"));
                desk.select(seeded.proxy.id);
            } },
        { QStringLiteral("cards-issue"),
            [&] {
                desk.setProperty("section", QStringLiteral("issue"));
                desk.select(seeded.toIssue.id);
                desk.startIssue();
            } },
        { QStringLiteral("cards-lost"),
            [&] {
                desk.select({});
                desk.setProperty("section", QStringLiteral("lost"));
            } },
        { QStringLiteral("cards-payments"),
            [&] { desk.setProperty("section", QStringLiteral("payments")); } },
    };
    for (const QString &code : languageCodes()) {
        terminal.languages().select(code);
        for (const auto &[name, show] : states) {
            terminal.navigator().home();
            terminal.navigator().open(QStringLiteral("ic-cards"));
            show();
            capture(window, throwAway, outDir, name, code);
        }
    }
    std::printf("%s: %lld card states x %lld languages\n", qPrintable(roleKey(config.role)),
        qlonglong(states.size()), qlonglong(languageCodes().size()));
}

// The kiosk's card as identity (the home screen greeting a tenant, their keys, refusing a
// blocked card),
// the IC-card request's kind step, and card PINs: set after a tap (a guessable one refused),
// a lost card's PIN pad after a wrong PIN, and the card blocked with the right one; in each
// language.
void visitKioskCards(const TerminalConfig &config, const QString &outDir)
{
    QTemporaryDir data;
    TerminalConfig throwAway = config;
    throwAway.dataDir = data.path();
    throwAway.devices = {};
    TerminalApp terminal(throwAway);
    demo::enrolThrowAwayTerminal(terminal.store(), false);
    demo::seedCards(terminal.store(), terminal.cards());
    demo::seedKeyDirectory(terminal.store());
    demo::seedKeys(terminal.store()); // 张三's spare in the cabinet, for "My keys"
    const QList<demo::PinTenant> pinTenants
        = demo::seedPinTenants(terminal.store(), terminal.tenantPins());

    QQmlApplicationEngine engine;
    QQuickWindow *window = showMain(terminal, engine);
    if (!window)
        return;
    TenantCard &card = terminal.tenantCard();
    const auto flowOf = [window](const char *screen) -> QObject * {
        QObject *found = onScreen(window, screen);
        return found ? found->property("flow").value<QObject *>() : nullptr;
    };
    const QStringList languages = languageCodes();
    for (qsizetype i = 0; i < languages.size(); ++i) {
        const QString &code = languages.at(i);
        terminal.languages().select(code);
        terminal.navigator().home();
        card.present(QStringLiteral("04A1B2C3"));
        capture(window, throwAway, outDir, QStringLiteral("home-tenant"), code);
        terminal.navigator().open(QStringLiteral("my-keys"));
        capture(window, throwAway, outDir, QStringLiteral("my-keys-tenant"), code);
        terminal.navigator().home();
        card.present(QStringLiteral("04A1B2C4"));
        capture(window, throwAway, outDir, QStringLiteral("home-blocked-card"), code);
        card.present(QStringLiteral("04A1B2C3"));
        terminal.navigator().open(QStringLiteral("ic-card"));
        capture(window, throwAway, outDir, QStringLiteral("ic-card-kind"), code);
        if (QObject *screen = onScreen(window, "cardRequestScreen")) {
            screen->property("flow").value<QObject *>()->setProperty(
                "kind", QStringLiteral("replacement-damaged"));
            screen->setProperty("step", QStringLiteral("confirm"));
            capture(window, throwAway, outDir, QStringLiteral("ic-card-confirm"), code);
        }
        terminal.navigator().home();
        card.present(QStringLiteral("04A1B2C3"));
        terminal.navigator().open(QStringLiteral("card-pin"));
        if (QObject *flow = flowOf("cardPinScreen")) {
            QMetaObject::invokeMethod(flow, "enter", Q_ARG(QString, QStringLiteral("1234")));
            capture(window, throwAway, outDir, QStringLiteral("card-pin-refused"), code);
        }
        // Without the card: unit and phone, a wrong PIN, then the right one.
        card.clear();
        terminal.navigator().home();
        terminal.navigator().open(QStringLiteral("ic-card"));
        const demo::PinTenant &tenant = pinTenants.at(i % pinTenants.size());
        if (QObject *flow = flowOf("cardRequestScreen")) {
            QObject *screen = onScreen(window, "cardRequestScreen");
            QMetaObject::invokeMethod(
                flow, "identify", Q_ARG(QString, tenant.unit), Q_ARG(QString, tenant.phone));
            screen->setProperty("step", QStringLiteral("pin"));
            QMetaObject::invokeMethod(
                flow, "reportLostWithPin", Q_ARG(QString, QStringLiteral("1357")));
            capture(window, throwAway, outDir, QStringLiteral("ic-card-pin"), code);
            QMetaObject::invokeMethod(flow, "reportLostWithPin", Q_ARG(QString, tenant.pin));
            screen->setProperty("step", QStringLiteral("blocked"));
            capture(window, throwAway, outDir, QStringLiteral("ic-card-blocked"), code);
        }
        card.clear();
        terminal.navigator().home();
    }
    std::printf("%s: 7 card states x %lld languages\n", qPrintable(roleKey(config.role)),
        qlonglong(languageCodes().size()));
}

// Every screen of the config's role, and the role's screens in their other states.
void visitRole(const TerminalConfig &config, const QString &outDir)
{
    visitScreens(config, outDir);
    if (config.role != Role::Kiosk)
        visitStaffSignIn(config, outDir);
    if (config.role == Role::Guard) {
        visitPassVerdicts(config, outDir);
        visitGuardCheckOuts(config, outDir);
    }
    if (config.role == Role::Desk) {
        visitDeskPasses(config, outDir);
        visitDeskVisitors(config, outDir);
        visitDeskKeys(config, outDir);
        visitDeskCards(config, outDir);
    }
    if (config.role == Role::Kiosk) {
        visitKioskVisitors(config, outDir);
        visitKioskCards(config, outDir);
    }
}

int guarded(const std::function<void()> &run)
{
    g_problems = 0;
    g_previousHandler = qInstallMessageHandler(countingHandler);
    try {
        run();
    } catch (const Error &error) {
        ++g_problems;
        qCCritical(lcApp) << error.message();
    }
    qInstallMessageHandler(g_previousHandler);
    return g_problems;
}

} // namespace

int runSelfTest(const TerminalConfig &base)
{
    return guarded([&] {
        for (const QString &key : roleKeys()) {
            QTemporaryDir data;
            TerminalConfig config = base;
            config.role = *roleFromKey(key);
            config.dataDir = data.path();
            visitRole(config, {});
        }
    });
}

int runScreenshots(const TerminalConfig &config, const QString &dir)
{
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "lobbydesk: cannot create %s\n", qPrintable(dir));
        return 1;
    }
    return guarded([&] { visitRole(config, dir); });
}

} // namespace lobbydesk
