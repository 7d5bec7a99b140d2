#include "app/terminalapp.h"

#include "app/carddesk.h"
#include "app/cardpinflow.h"
#include "app/cardrequestflow.h"
#include "app/devicefactory.h"
#include "app/devicelistmodel.h"
#include "app/goodspassdesk.h"
#include "app/goodspassform.h"
#include "app/hostsearch.h"
#include "app/idlemonitor.h"
#include "app/keydesk.h"
#include "app/kioskscan.h"
#include "app/languageswitcher.h"
#include "app/mykeys.h"
#include "app/navigator.h"
#include "app/onsitevisitors.h"
#include "app/passcheck.h"
#include "app/printerwatch.h"
#include "app/qrimageprovider.h"
#include "app/siteprinters.h"
#include "app/staffsession.h"
#include "app/syncstatus.h"
#include "app/tenantcard.h"
#include "app/terminalinfo.h"
#include "app/visitdesk.h"
#include "app/visitorcheckin.h"
#include "app/visitorcheckout.h"
#include "core/error.h"
#include "core/logging.h"
#include "drivers/cardreader/cardreader.h"
#include "drivers/printer/escposprinter.h"
#include "drivers/scanner/serialscanner.h"
#include "input/rimeengine.h"
#include "services/cards.h"
#include "services/goodspasses.h"
#include "services/keys.h"
#include "services/printerreports.h"
#include "services/projections.h"
#include "services/retention.h"
#include "services/staffpins.h"
#include "services/tenantpins.h"
#include "services/visits.h"
#include "store/store.h"
#include "sync/hublink.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QLocale>

namespace lobbydesk {
TerminalApp::TerminalApp(const TerminalConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_store(std::make_unique<Store>(config.dataDir))
{
    m_devices = createDevices(config.role, config.devices, config.dataDir, this);
    m_info = std::make_unique<TerminalInfo>(config, *m_store);
    m_navigator = std::make_unique<Navigator>(config.role);
    m_languages = std::make_unique<LanguageSwitcher>(config.language);
    m_sync = std::make_unique<SyncStatus>(m_store->events());
    m_hostSearch = std::make_unique<HostSearch>(*m_store);
    m_goodsPasses = std::make_unique<GoodsPasses>(m_store->events());
    Visits::Options visitOptions;
    visitOptions.endOfDay = config.visitorsEndOfDay;
    m_visits = std::make_unique<Visits>(m_store->events(), visitOptions);
    m_goodsPassDesk = std::make_unique<GoodsPassDesk>(*this, *m_sync);
    m_visitDesk = std::make_unique<VisitDesk>(*this, *m_sync);
    m_passCheck = std::make_unique<PassCheck>(*m_goodsPasses, m_navigator.get());
    connect(
        m_languages.get(), &LanguageSwitcher::changed, m_passCheck.get(), &PassCheck::retranslate);
    m_onSite = std::make_unique<OnSiteVisitors>(*m_visits, m_store->events());
    m_printerReports = std::make_unique<PrinterReports>(m_store->events());
    m_sitePrinters = std::make_unique<SitePrinters>(
        *m_printerReports, m_store->events(), *m_sync, *m_languages);
    // At the kiosk a scan is an invitation or a visitor slip; at the exit a slip or a goods
    // pass. A slip goes to the check-out screen either way.
    if (config.role == Role::Kiosk || config.role == Role::Guard)
        m_kioskScan = std::make_unique<KioskScan>(*m_visits, *m_navigator);
    if (SerialScanner *scanner = this->scanner(); scanner && config.role == Role::Kiosk)
        connect(scanner, &SerialScanner::scanned, m_kioskScan.get(), &KioskScan::scanned);
    if (SerialScanner *scanner = this->scanner(); scanner && config.role == Role::Guard)
        connect(scanner, &SerialScanner::scanned, this, [this](const QString &text) {
            // The guard's screens are hidden until someone signs in: a scan then would act
            // unseen and in nobody's name.
            if (m_staffSession->required() && !m_staffSession->signedIn()) {
                qCInfo(lcApp) << "scan ignored: nobody is signed in at this guard post";
                return;
            }
            if (m_visits->scanKind(text) != ScanKind::VisitorSlip) {
                m_passCheck->scanned(text);
                return;
            }
            m_navigator->open(QStringLiteral("visitor-checkout"));
            m_kioskScan->scanned(text);
        });
    m_deviceModel = std::make_unique<DeviceListModel>(m_devices);
    Cards::Options cardOptions;
    cardOptions.fees = config.cardFees;
    // A lost card's holder may still hold keys from the cabinet: the desk sees each open loan.
    cardOptions.moreLostCardFlags = [this](const QString &holderId) {
        QList<LostCardFlag> flags;
        for (const QString &kind : { QStringLiteral("person"), QStringLiteral("staff") }) {
            for (const KeyLoan &loan : m_keys->heldBy(kind, holderId))
                flags.append({ {}, loan.borrowerName,
                    tr("Still holds key %1 (%2), due %3: ask for it back.")
                        .arg(loan.tag, loan.keyLabel,
                            QLocale().toString(loan.dueAt.toLocalTime(), QLocale::ShortFormat)) });
        }
        return flags;
    };
    m_cards = std::make_unique<Cards>(m_store->events(), cardOptions);
    m_tenantCard = std::make_unique<TenantCard>(*m_store, *m_cards, cardReader());
    // Tenants' card PINs: 5 wrong in a row lock that tenant's PIN here for 5 minutes.
    m_tenantPins = std::make_unique<TenantPins>(m_store->events());
    CardRequestFlow::attachTerminal(this);
    CardPinFlow::attachTerminal(this);
    StaffPins::Options pinOptions;
    pinOptions.maxWrongPins = config.staffMaxWrongPins;
    pinOptions.lockout = std::chrono::minutes(config.staffLockoutMinutes);
    m_staffPins = std::make_unique<StaffPins>(m_store->events(), pinOptions);
    StaffSession::Options sessionOptions;
    sessionOptions.staffTerminal = config.role != Role::Kiosk;
    sessionOptions.terminalName
        = config.terminalName.isEmpty() ? m_store->terminalId() : config.terminalName;
    sessionOptions.idleSignOut = std::chrono::minutes(config.staffIdleSignOutMinutes);
    m_staffSession
        = std::make_unique<StaffSession>(*m_store, *m_staffPins, cardReader(), sessionOptions);
    // The session's status words are made in C++ with tr(): read again in the new language.
    connect(m_languages.get(), &LanguageSwitcher::changed, m_staffSession.get(),
        &StaffSession::wordsChanged);
    // The next person to sign in starts at the home screen, not where the last one left off;
    // the staff card tapped to sign in is not a tenant's card for the screens (TenantCard hears
    // the same reader).
    connect(m_staffSession.get(), &StaffSession::changed, this, [this] {
        if (!m_staffSession->required())
            return;
        m_tenantCard->clear();
        if (!m_staffSession->signedIn())
            m_navigator->home();
    });
    // A master key's second PIN is a staff PIN like the sign-in's, with the same lock-out.
    m_secondPinCheck = [this](const QString &staffId, const QString &pin) {
        return m_staffPins->pinProblem(staffId, pin);
    };
    Keys::Options keyOptions;
    keyOptions.dueHours = config.keyDueHours;
    m_keys = std::make_unique<Keys>(
        m_store->events(),
        [this](
            const QString &staffId, const QString &pin) { return m_secondPinCheck(staffId, pin); },
        keyOptions);
    m_keyDesk = std::make_unique<KeyDesk>(*this, *m_tenantCard);
    // At the kiosk, a tenant's card shows the keys they hold and where their spares are.
    m_myKeys = std::make_unique<MyKeys>(*m_keys, *m_tenantCard, m_store->events());
    connect(m_languages.get(), &LanguageSwitcher::changed, m_myKeys.get(), &MyKeys::refresh);
    // After the keys: the desk's list of blocked cards shows the keys their holders still have.
    m_cardDesk = std::make_unique<CardDesk>(*this, *m_sync);
    // At the desk the scanner reads key tags (returns); the Keys screen takes them.
    if (SerialScanner *scanner = this->scanner(); scanner && config.role == Role::Desk)
        connect(scanner, &SerialScanner::scanned, m_keyDesk.get(), &KeyDesk::scanned);
    GoodsPassForm::attachTerminal(this);
    VisitorCheckIn::attachTerminal(this);
    VisitorCheckOut::attachTerminal(this);
    qCInfo(lcApp) << "terminal" << m_store->terminalId() << "role" << roleKey(config.role) << "data"
                  << m_store->path();
}

TerminalApp::~TerminalApp()
{
    GoodsPassForm::attachTerminal(nullptr);
    CardRequestFlow::attachTerminal(nullptr);
    CardPinFlow::attachTerminal(nullptr);
    VisitorCheckIn::attachTerminal(nullptr);
    VisitorCheckOut::attachTerminal(nullptr);
    // librime's preparation thread writes under the data directory, which a self-test or a
    // test removes right after.
    RimeEngine::instance().waitForPreparation();
    if (!m_syncThread)
        return;
    // The engine's store connection belongs to its thread: delete it there, then stop.
    QMetaObject::invokeMethod(
        m_syncEngine, [engine = m_syncEngine] { delete engine; }, Qt::BlockingQueuedConnection);
    m_syncThread->quit();
    m_syncThread->wait();
}

namespace {

template<class T> T *deviceOf(const QList<Device *> &devices)
{
    for (Device *device : devices) {
        if (auto *typed = qobject_cast<T *>(device))
            return typed;
    }
    return nullptr;
}

} // namespace

EscPosPrinter *TerminalApp::printer() const
{
    return deviceOf<EscPosPrinter>(m_devices);
}

SerialScanner *TerminalApp::scanner() const
{
    return deviceOf<SerialScanner>(m_devices);
}

CardReader *TerminalApp::cardReader() const
{
    return deviceOf<CardReader>(m_devices);
}

QString TerminalApp::siteName() const
{
    const auto link = readHubLink(m_store->events().database().sql());
    return link ? link->siteName : m_config.terminalName;
}

void TerminalApp::startInput(bool wait)
{
    // Prepared in the background on the first start, then only when Debian's rime-data
    // changed; the Latin keyboard works meanwhile.
    const RimeEngine::Setup setup { RimeEngine::userDirFor(m_config.dataDir) };
    if (wait)
        RimeEngine::instance().startAndWait(setup);
    else
        RimeEngine::instance().start(setup);
}

void TerminalApp::startVisitorDayClose()
{
    // Cheap when nothing is due; a visit left open closes within five minutes of its time.
    auto *timer = new QTimer(this);
    const auto close = [this] {
        try {
            if (const int closed = m_visits->closeEndOfDay())
                qCInfo(lcApp) << "closed" << closed << "visits still open at the end of the day";
        } catch (const Error &error) {
            qCWarning(lcApp) << "closing the day's visits failed:" << error.message();
        }
    };
    connect(timer, &QTimer::timeout, this, close);
    timer->start(std::chrono::minutes(5));
    close();
}

void TerminalApp::startKeyOverdueAlerts()
{
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, m_keyDesk.get(), &KeyDesk::alertOverdue);
    timer->start(std::chrono::minutes(1));
    m_keyDesk->alertOverdue();
}

void TerminalApp::setSecondPinCheck(std::function<QString(const QString &, const QString &)> check)
{
    m_secondPinCheck = std::move(check);
}

void TerminalApp::startSync()
{
    if (m_syncThread)
        return;
    SyncEngine::Options options;
    options.interval = std::chrono::seconds(m_config.syncIntervalSeconds);
    m_syncThread = new QThread(this);
    m_syncThread->setObjectName(QStringLiteral("sync"));
    m_syncEngine = new SyncEngine(m_config.dataDir, terminalProjection, options);
    m_syncEngine->moveToThread(m_syncThread);
    connect(m_syncThread, &QThread::started, m_syncEngine, &SyncEngine::start);
    connect(&m_store->events(), &EventLog::recorded, m_syncEngine, &SyncEngine::nudge,
        Qt::QueuedConnection);
    connect(m_syncEngine, &SyncEngine::snapshotChanged, m_sync.get(), &SyncStatus::apply,
        Qt::QueuedConnection);
    m_syncThread->start();
}

void TerminalApp::startRetention()
{
    if (m_retention)
        return;
    m_retention = std::make_unique<Retention>(m_store->events(),
        RetentionPolicy { m_config.visitRetentionDays, m_config.idRetentionDays });
    auto purge = [this] {
        try {
            m_retention->run(QDateTime::currentDateTimeUtc()); // logs its counts
        } catch (const Error &error) {
            qCWarning(lcRetention) << "retention failed, tried again later:" << error.message();
        }
    };
    m_retentionTimer = new QTimer(this);
    m_retentionTimer->setInterval(std::chrono::hours(6));
    connect(m_retentionTimer, &QTimer::timeout, this, purge);
    m_retentionTimer->start();
    QTimer::singleShot(0, this, purge);
}

void TerminalApp::startPrinterReports(std::chrono::milliseconds settle)
{
    if (!m_printerWatch)
        m_printerWatch = new PrinterWatch(*m_printerReports, printer(), settle, this);
}

void TerminalApp::attach(QQmlEngine *engine)
{
    m_languages->attach(engine);
    engine->addImageProvider(QStringLiteral("qr"), new QrImageProvider); // the engine owns it
}

void TerminalApp::startIdleReset()
{
    startIdleReset(std::chrono::seconds(m_config.idleTimeoutSeconds));
}

void TerminalApp::startIdleReset(std::chrono::milliseconds timeout)
{
    m_idle = std::make_unique<IdleMonitor>(timeout);
    connect(m_idle.get(), &IdleMonitor::idle, this, &TerminalApp::resetForNextPerson);
    m_idle->start();
}

void TerminalApp::resetForNextPerson()
{
    qCInfo(lcApp) << "idle: back to the home screen";
    m_navigator->home(); // the screen's Loader drops the page and whatever was typed on it
    m_tenantCard->clear(); // the next person is not greeted as the last one
    m_languages->select(m_config.language);
}

} // namespace lobbydesk
