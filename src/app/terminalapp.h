#pragma once

#include "core/terminalconfig.h"

#include <QObject>
#include <QThread>
#include <QTimer>
#include <functional>
#include <memory>

class QQmlEngine;

namespace lobbydesk {

class Store;
class Device;
class TerminalInfo;
class Navigator;
class LanguageSwitcher;
class SyncStatus;
class DeviceListModel;
class IdleMonitor;
class SyncEngine;
class HostSearch;
class PassCheck;
class TenantCard;
class GoodsPasses;
class Visits;
class GoodsPassDesk;
class VisitDesk;
class EscPosPrinter;
class SerialScanner;
class CardReader;
class Retention;
class KioskScan;
class OnSiteVisitors;
class PrinterReports;
class PrinterWatch;
class SitePrinters;
class StaffPins;
class TenantPins;
class StaffSession;
class Keys;
class KeyDesk;
class MyKeys;
class Cards;
class CardDesk;

// The composition root of a terminal: opens its store and creates what the screens bind to.
// main(), --self-test and --screenshot each build one.
class TerminalApp final : public QObject
{
    Q_OBJECT

public:
    // Throws Error when the store cannot be opened; the message says why.
    explicit TerminalApp(const TerminalConfig &config, QObject *parent = nullptr);
    ~TerminalApp() override;

    void attach(QQmlEngine *engine);
    // Kiosk only: after `timeout` with no touch or key, go home and back to the default
    // language. The config's idle timeout unless a test passes a shorter one.
    void startIdleReset();
    void startIdleReset(std::chrono::milliseconds timeout);
    // Starts the Chinese input engine with its data under this terminal's data directory (the
    // running terminal and screenshots; not the self-test). `wait`: until it is ready.
    void startInput(bool wait = false);
    // Starts the sync engine on its own thread (the running terminal; not self-test or
    // screenshots, which must not touch a hub).
    void startSync();
    // Closes visits still open at the end of their day, now and every few minutes (the running
    // terminal only).
    void startVisitorDayClose();
    // Runs retention (services/retention.h) now and every 6 hours (the running terminal).
    void startRetention();
    // Records this terminal's printer condition for the site when it changes (the running
    // terminal; a screenshot's simulated printer must not report). A condition is recorded
    // once it has held for `settle`.
    void startPrinterReports(std::chrono::milliseconds settle = std::chrono::seconds(5));
    // Records key.overdue for loans this desk made that passed their due time, now and every
    // minute (the running desk terminal only).
    void startKeyOverdueAlerts();
    // How a master key's second staff PIN is checked. Until staff PINs exist on this terminal
    // every PIN is refused with that reason: nothing pretends to check a PIN.
    void setSecondPinCheck(std::function<QString(const QString &, const QString &)> check);

    [[nodiscard]] const TerminalConfig &config() const { return m_config; }
    [[nodiscard]] Store &store() { return *m_store; }
    [[nodiscard]] Navigator &navigator() { return *m_navigator; }
    [[nodiscard]] LanguageSwitcher &languages() { return *m_languages; }
    [[nodiscard]] GoodsPasses &goodsPasses() { return *m_goodsPasses; }
    [[nodiscard]] Visits &visits() { return *m_visits; }
    [[nodiscard]] PassCheck &passCheck() { return *m_passCheck; }
    [[nodiscard]] GoodsPassDesk &goodsPassDesk() { return *m_goodsPassDesk; }
    // The kiosk's scan routing (invitation or check-out); null on other roles.
    [[nodiscard]] KioskScan *kioskScan() { return m_kioskScan.get(); }
    [[nodiscard]] VisitDesk &visitDesk() { return *m_visitDesk; }
    [[nodiscard]] StaffPins &staffPins() { return *m_staffPins; }
    [[nodiscard]] StaffSession &staffSession() { return *m_staffSession; }
    [[nodiscard]] Keys &keys() { return *m_keys; }
    [[nodiscard]] KeyDesk &keyDesk() { return *m_keyDesk; }
    [[nodiscard]] Cards &cards() { return *m_cards; }
    [[nodiscard]] TenantCard &tenantCard() { return *m_tenantCard; }
    [[nodiscard]] TenantPins &tenantPins() { return *m_tenantPins; }
    // This terminal's devices of a kind; null when the role has none or it is not set up.
    [[nodiscard]] EscPosPrinter *printer() const;
    [[nodiscard]] SerialScanner *scanner() const;
    [[nodiscard]] CardReader *cardReader() const;
    // The site's name as the hub gave it at enrolment; the terminal's name before that.
    [[nodiscard]] QString siteName() const;

private:
    void resetForNextPerson();

    TerminalConfig m_config;
    std::unique_ptr<Store> m_store;
    QList<Device *> m_devices;
    std::unique_ptr<TerminalInfo> m_info;
    std::unique_ptr<Navigator> m_navigator;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<SyncStatus> m_sync;
    std::unique_ptr<HostSearch> m_hostSearch;
    std::unique_ptr<GoodsPasses> m_goodsPasses;
    std::unique_ptr<Visits> m_visits;
    std::unique_ptr<GoodsPassDesk> m_goodsPassDesk;
    std::unique_ptr<VisitDesk> m_visitDesk;
    std::unique_ptr<PassCheck> m_passCheck;
    std::unique_ptr<KioskScan> m_kioskScan;
    std::unique_ptr<OnSiteVisitors> m_onSite;
    std::unique_ptr<PrinterReports> m_printerReports;
    std::unique_ptr<SitePrinters> m_sitePrinters;
    PrinterWatch *m_printerWatch = nullptr;
    std::unique_ptr<Cards> m_cards;
    std::unique_ptr<TenantCard> m_tenantCard;
    std::unique_ptr<TenantPins> m_tenantPins;
    std::unique_ptr<CardDesk> m_cardDesk;
    std::unique_ptr<StaffPins> m_staffPins;
    std::unique_ptr<StaffSession> m_staffSession;
    std::function<QString(const QString &, const QString &)> m_secondPinCheck;
    std::unique_ptr<Keys> m_keys;
    std::unique_ptr<KeyDesk> m_keyDesk;
    std::unique_ptr<MyKeys> m_myKeys;
    std::unique_ptr<DeviceListModel> m_deviceModel;
    std::unique_ptr<IdleMonitor> m_idle;
    std::unique_ptr<Retention> m_retention;
    QTimer *m_retentionTimer = nullptr;
    QThread *m_syncThread = nullptr;
    SyncEngine *m_syncEngine = nullptr; // lives on m_syncThread
};

} // namespace lobbydesk
