#include "app/staffsession.h"

#include "app/idlemonitor.h"
#include "core/error.h"
#include "core/logging.h"
#include "drivers/cardreader/cardreader.h"
#include "services/staffpins.h"
#include "store/store.h"

namespace lobbydesk {

StaffSession::StaffSession(
    Store &store, StaffPins &pins, CardReader *reader, Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_pins(pins)
    , m_options(std::move(options))
    , m_directory(std::make_unique<DirectorySearch>(store.sql()))
{
    connect(this, &StaffSession::changed, this, &StaffSession::wordsChanged);
    if (reader)
        connect(reader, &CardReader::cardPresented, this, &StaffSession::cardPresented);
    if (!m_options.staffTerminal)
        return;
    // PINs arrive by sync at any time: the first one turns sign-in on without a restart.
    m_refresh.setInterval(std::chrono::seconds(3));
    connect(&m_refresh, &QTimer::timeout, this, &StaffSession::refresh);
    m_refresh.start();
    m_idle = std::make_unique<IdleMonitor>(m_options.idleSignOut);
    connect(m_idle.get(), &IdleMonitor::idle, this, [this] {
        if (m_signedIn)
            signOutBecause(QStringLiteral("idle"));
    });
    m_idle->start();
    refresh();
}

StaffSession::~StaffSession() = default;

QString StaffSession::state() const
{
    if (m_signedIn)
        return QStringLiteral("signed_in");
    return m_staff ? QStringLiteral("pin") : QStringLiteral("signed_out");
}

QString StaffSession::statusText() const
{
    if (m_signedIn)
        return tr("Signed in: %1").arg(m_staff->name);
    if (!m_required)
        return tr("No staff sign-in set up: actions are recorded as %1")
            .arg(m_options.terminalName);
    return tr("Nobody signed in");
}

QString StaffSession::actor() const
{
    return m_signedIn ? staffActor(m_staff->id, m_staff->name) : QString();
}

void StaffSession::refresh()
{
    bool required = false;
    try {
        required = m_options.staffTerminal && m_pins.signInSetUp();
    } catch (const Error &error) {
        qCWarning(lcApp) << "reading the staff PINs failed:" << error.message();
        required = m_required; // keep what was known
    }
    if (required == m_required)
        return;
    m_required = required;
    qCInfo(lcApp) << (required ? "staff sign-in is set up: sign-in required"
                               : "no staff PINs any more: the terminal works open");
    if (!required) {
        m_signedIn = false;
        m_staff.reset();
        m_problem.clear();
    }
    emit changed();
}

void StaffSession::cardPresented(const QString &uid)
{
    if (!m_required || m_signedIn)
        return;
    m_staff.reset();
    try {
        if (const auto staff = m_directory->staffByCard(uid)) {
            m_staff = staff;
            m_problem.clear();
        } else if (m_directory->personByCard(uid)) {
            m_problem = tr("This is a tenant's card. Staff sign in with their own staff card.");
        } else {
            m_problem = tr("This card is not a staff card of this building, or it is no longer "
                           "valid.");
        }
    } catch (const Error &error) {
        qCWarning(lcApp) << "staff card lookup failed:" << error.message();
        m_problem = tr("The staff directory cannot be read on this terminal.");
    }
    emit changed();
}

void StaffSession::enterPin(const QString &pin)
{
    if (!m_staff || m_signedIn)
        return;
    try {
        if (const QString problem = m_pins.pinProblem(m_staff->id, pin); !problem.isEmpty()) {
            setProblem(problem);
            return;
        }
        m_pins.recordSignedIn(*m_staff);
    } catch (const Error &error) {
        qCWarning(lcApp) << "signing in failed:" << error.message();
        setProblem(tr("Signing in could not be recorded: %1").arg(error.message()));
        return;
    }
    qCInfo(lcApp) << "staff" << m_staff->id << "signed in";
    if (m_idle)
        m_idle->restart(); // a sign-in by card and keyboard may have touched nothing
    m_signedIn = true;
    m_problem.clear();
    emit changed();
}

void StaffSession::cancel()
{
    if (m_signedIn || (!m_staff && m_problem.isEmpty()))
        return;
    m_staff.reset();
    m_problem.clear();
    emit changed();
}

void StaffSession::signOut()
{
    if (m_signedIn)
        signOutBecause(QStringLiteral("button"));
}

void StaffSession::signOutBecause(const QString &how)
{
    try {
        m_pins.recordSignedOut(*m_staff, how);
    } catch (const Error &error) {
        // Signing out must never fail: the screens are hidden either way.
        qCWarning(lcApp) << "recording a sign-out failed:" << error.message();
    }
    qCInfo(lcApp) << "staff" << m_staff->id << "signed out (" << how << ")";
    m_signedIn = false;
    m_staff.reset();
    m_problem.clear();
    emit changed();
}

void StaffSession::setProblem(const QString &problem)
{
    m_problem = problem;
    emit changed();
}

} // namespace lobbydesk
