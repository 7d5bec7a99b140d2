#include "app/visitorcheckout.h"

#include "app/kioskscan.h"
#include "app/terminalapp.h"
#include "core/error.h"
#include "core/logging.h"
#include "services/visits.h"

namespace lobbydesk {
namespace {

TerminalApp *s_terminal = nullptr;
const QString kScreen = QStringLiteral("visitor-checkout");

QString outcomeKey(CheckOutResult::Outcome outcome)
{
    switch (outcome) {
    case CheckOutResult::Outcome::CheckedOut:
        return QStringLiteral("checked_out");
    case CheckOutResult::Outcome::AlreadyCheckedOut:
        return QStringLiteral("already");
    case CheckOutResult::Outcome::NotASlip:
        return QStringLiteral("not_a_slip");
    case CheckOutResult::Outcome::Unknown:
        return QStringLiteral("unknown");
    case CheckOutResult::Outcome::NotOnSite:
        return QStringLiteral("not_on_site");
    }
    Q_UNREACHABLE();
}

} // namespace

void VisitorCheckOut::attachTerminal(TerminalApp *terminal)
{
    s_terminal = terminal;
}

VisitorCheckOut::VisitorCheckOut(QObject *parent)
    : QObject(parent)
{ }

VisitorCheckOut::~VisitorCheckOut() = default;

void VisitorCheckOut::setTakesScans(bool takes)
{
    if (takes == m_takesScans)
        return;
    m_takesScans = takes;
    emit takesScansChanged();
    if (!takes || !s_terminal || !s_terminal->kioskScan())
        return;
    connect(s_terminal->kioskScan(), &KioskScan::arrived, this, [this](const QString &screen) {
        if (m_takesScans && screen == kScreen)
            takePendingScan();
    });
    takePendingScan(); // the scan that opened this screen
}

void VisitorCheckOut::takePendingScan()
{
    const QString text = s_terminal->kioskScan()->take(kScreen);
    if (!text.isEmpty())
        checkOut(text);
}

bool VisitorCheckOut::checkOut(const QString &scannedOrTyped)
{
    m_rating.clear();
    m_visitId.clear();
    m_keyWarning.clear();
    if (scannedOrTyped.trimmed().isEmpty()) {
        m_outcome = QStringLiteral("unknown");
        m_message = tr("Scan the QR code on your visitor slip, or type the visit number "
                       "printed under it.");
        emit resultChanged();
        return false;
    }
    try {
        const CheckOutResult result = s_terminal->visits().checkOut(scannedOrTyped, {});
        m_outcome = outcomeKey(result.outcome);
        m_message = result.message;
        m_visitId = result.visitId;
        m_keyWarning = result.keyWarning;
    } catch (const Error &error) {
        qCWarning(lcApp) << "check-out not recorded:" << error.what();
        m_outcome = QStringLiteral("unknown");
        m_message = tr("Your check-out could not be recorded; please see the front desk.");
    }
    emit resultChanged();
    return m_outcome == QStringLiteral("checked_out");
}

void VisitorCheckOut::rate(bool satisfied)
{
    if (!canRate())
        return;
    try {
        s_terminal->visits().rate(m_visitId, satisfied);
    } catch (const Error &error) {
        qCInfo(lcApp) << "rating not recorded:" << error.what(); // rated already: thanks anyway
    }
    m_rating = satisfied ? QStringLiteral("satisfied") : QStringLiteral("not_satisfied");
    emit resultChanged();
}

void VisitorCheckOut::skipRating()
{
    if (!canRate())
        return;
    m_rating = QStringLiteral("skipped");
    emit resultChanged();
}

} // namespace lobbydesk
