#include "app/visitorcheckout.h"

#include "app/navigator.h"
#include "core/error.h"
#include "core/logging.h"
#include "services/visits.h"
#include "store/eventlog.h"

#include <QVariantMap>

namespace lobbydesk {
namespace {

const QString kScreen = QStringLiteral("visitor-checkout");

QString outcomeKey(CheckOutResult::Outcome outcome)
{
    switch (outcome) {
    case CheckOutResult::Outcome::CheckedOut:
        return QStringLiteral("checked-out");
    case CheckOutResult::Outcome::AlreadyCheckedOut:
        return QStringLiteral("already-checked-out");
    case CheckOutResult::Outcome::NotASlip:
        return QStringLiteral("not-a-slip");
    case CheckOutResult::Outcome::Unknown:
        return QStringLiteral("unknown");
    case CheckOutResult::Outcome::NotOnSite:
        return QStringLiteral("not-on-site");
    }
    Q_UNREACHABLE();
}

QString hhmm(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
}

QString hostOf(const Visit &visit)
{
    QStringList parts;
    for (const QString &part : { visit.hostName, visit.companyName }) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral(" · "));
}

QString placeOf(const Visit &visit)
{
    return visit.floor.isEmpty() ? visit.unit : visit.floor + QStringLiteral(" / ") + visit.unit;
}

} // namespace

VisitorCheckOut::VisitorCheckOut(
    Visits &visits, EventLog &events, Navigator *navigator, QObject *parent)
    : QObject(parent)
    , m_visits(visits)
    , m_navigator(navigator)
{
    // Check-ins and check-outs here or pulled from the hub change who is on site.
    connect(&events, &EventLog::recorded, this, &VisitorCheckOut::refresh);
    refresh();
}

VisitorCheckOut::~VisitorCheckOut() = default;

void VisitorCheckOut::check(const QString &scannedOrTyped)
{
    const QString text = scannedOrTyped.trimmed();
    if (text.isEmpty()) {
        clear();
        return;
    }
    try {
        show(m_visits.checkOut(text, {}));
    } catch (const Error &error) {
        qCWarning(lcApp) << "visitor check-out failed:" << error.message();
        CheckOutResult failed;
        failed.message = tr("This terminal cannot check visitors out right now (%1): please see "
                            "the front desk.")
                             .arg(error.message());
        show(failed);
    }
    qCInfo(lcApp) << "visitor check-out:" << m_outcome;
}

void VisitorCheckOut::show(const CheckOutResult &result)
{
    m_outcome = outcomeKey(result.outcome);
    m_message = result.message;
    if (!result.keyWarning.isEmpty())
        m_message += QLatin1Char(' ') + result.keyWarning;
    const std::optional<Visit> &visit = result.visit;
    m_name = visit ? visit->name : QString();
    m_host = visit ? hostOf(*visit) : QString();
    m_place = visit ? placeOf(*visit) : QString();
    m_timeIn = visit ? hhmm(visit->checkedInAt) : QString();
    m_timeOut = visit ? hhmm(visit->checkedOutAt) : QString();
    m_rateVisitId
        = result.outcome == CheckOutResult::Outcome::CheckedOut ? result.visitId : QString();
    emit resultChanged();
}

QString VisitorCheckOut::rate(bool satisfied)
{
    if (m_rateVisitId.isEmpty())
        return tr("There is no visit to rate.");
    try {
        m_visits.rate(m_rateVisitId, satisfied);
    } catch (const Error &error) {
        return error.message();
    }
    m_rateVisitId.clear();
    emit resultChanged();
    return {};
}

void VisitorCheckOut::skipRating()
{
    m_rateVisitId.clear();
    emit resultChanged();
}

void VisitorCheckOut::clear()
{
    show(CheckOutResult {});
    m_outcome.clear();
    m_message.clear();
    emit resultChanged();
}

void VisitorCheckOut::scanned(const QString &text)
{
    check(text);
    if (m_navigator && m_navigator->screen() != kScreen)
        m_navigator->open(kScreen);
}

void VisitorCheckOut::refresh()
{
    QVariantList rows;
    try {
        for (const Visit &visit : m_visits.list(VisitList::OnSite))
            rows.append(QVariantMap { { QStringLiteral("name"), visit.name },
                { QStringLiteral("companions"), visit.companions },
                { QStringLiteral("host"), hostOf(visit) },
                { QStringLiteral("place"), placeOf(visit) },
                { QStringLiteral("timeIn"), hhmm(visit.checkedInAt) },
                { QStringLiteral("number"), visit.number } });
        m_onSiteCount = m_visits.onSiteCount();
    } catch (const Error &error) {
        qCWarning(lcApp) << "cannot read who is on site:" << error.message();
    }
    m_onSite = rows;
    emit onSiteChanged();
}

} // namespace lobbydesk
