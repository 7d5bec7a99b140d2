#include "app/visitdesk.h"

#include "app/deskactor.h"
#include "app/goodspassslips.h"
#include "app/languageswitcher.h"
#include "app/slipparts.h"
#include "app/syncstatus.h"
#include "app/terminalapp.h"
#include "app/visitslips.h"
#include "core/error.h"
#include "core/event.h"
#include "core/logging.h"
#include "directory/directorysearch.h"
#include "drivers/printer/escposprinter.h"
#include "services/visits.h"
#include "store/store.h"

#include <QLocale>

namespace lobbydesk {
namespace {

constexpr int kSatisfactionDays = 7;

const QList<std::pair<QString, VisitList>> &lists()
{
    static const QList<std::pair<QString, VisitList>> all {
        { QStringLiteral("today"), VisitList::Today },
        { QStringLiteral("on_site"), VisitList::OnSite },
        { QStringLiteral("approvals"), VisitList::Approvals },
        { QStringLiteral("checked_out"), VisitList::CheckedOut },
        { QStringLiteral("all"), VisitList::All },
    };
    return all;
}

QDateTime startOf(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::LocalTime).toUTC();
}

QDateTime endOf(const QDate &day)
{
    return QDateTime(day, QTime(23, 59, 59), Qt::LocalTime).toUTC();
}

} // namespace

std::pair<QDateTime, QDateTime> invitationWindow(const QString &preset, const QDate &today)
{
    if (preset == QStringLiteral("today"))
        return { startOf(today), endOf(today) };
    if (preset == QStringLiteral("tomorrow"))
        return { startOf(today.addDays(1)), endOf(today.addDays(1)) };
    if (preset == QStringLiteral("week")) // Monday is day 1: the week ends on Sunday
        return { startOf(today), endOf(today.addDays(7 - today.dayOfWeek())) };
    return {};
}

VisitDesk::VisitDesk(TerminalApp &app, SyncStatus &sync, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_sync(sync)
{
    // Kiosk check-ins, holds and check-outs at the guard posts arrive with sync.
    connect(&app.store().events(), &EventLog::recorded, this, &VisitDesk::refresh);
    connect(&sync, &SyncStatus::changed, this, &VisitDesk::refresh);
    // Purposes, days and states in the new language.
    connect(&app.languages(), &LanguageSwitcher::changed, this, &VisitDesk::refresh);
    refresh();
}

void VisitDesk::setSection(const QString &section)
{
    if (section == m_section)
        return;
    m_section = section;
    emit sectionChanged();
}

void VisitDesk::setList(const QString &list)
{
    if (list == m_list)
        return;
    m_list = list;
    emit listChanged();
    refresh();
}

void VisitDesk::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    emit listChanged();
    refresh();
}

void VisitDesk::refresh()
{
    try {
        Visits &visits = m_app.visits();
        QVariantList rows;
        QVariantMap counts;
        for (const auto &[key, which] : lists()) {
            const QList<Visit> found = visits.list(which, m_search);
            counts.insert(key, found.size());
            if (key == m_list) {
                for (const Visit &visit : found)
                    rows.append(visitMap(visit));
            }
        }
        m_visits = rows;
        m_counts = counts;
        m_onSite = visits.onSiteCount();

        m_invitations.clear();
        for (const Invitation &invitation : visits.invitations())
            m_invitations.append(invitationMap(invitation));
        m_denyList.clear();
        for (const DenyEntry &entry : visits.denyList())
            m_denyList.append(QVariantMap { { QStringLiteral("id"), entry.id },
                { QStringLiteral("name"), entry.name }, { QStringLiteral("phone"), entry.phone },
                { QStringLiteral("hasId"), entry.hasIdHash },
                { QStringLiteral("reason"), entry.reason },
                { QStringLiteral("updatedAt"), localMinute(entry.updatedAt) } });
        const QLocale locale(m_app.languages().current());
        m_satisfaction.clear();
        for (const SatisfactionDay &day : visits.satisfaction(kSatisfactionDays))
            m_satisfaction.append(QVariantMap {
                { QStringLiteral("day"),
                    locale.toString(day.day,
                        locale.language() == QLocale::Chinese ? QStringLiteral("MMMd日 ddd")
                                                              : QStringLiteral("ddd d MMM")) },
                { QStringLiteral("satisfied"), day.satisfied },
                { QStringLiteral("responses"), day.responses },
                { QStringLiteral("percent"), qRound(day.rate() * 100) },
                { QStringLiteral("below"), day.belowTarget() } });
        m_lastSyncText = localMinute(m_sync.lastSync());
        emit visitsChanged();
        select(m_selectedId);
    } catch (const Error &error) {
        qCWarning(lcApp) << "visits:" << error.message();
        say(error.message(), true);
    }
}

void VisitDesk::select(const QString &visitId)
{
    m_selectedId = visitId;
    m_selected.clear();
    if (!visitId.isEmpty()) {
        try {
            if (const auto visit = m_app.visits().find(visitId))
                m_selected = visitMap(*visit);
        } catch (const Error &error) {
            say(error.message(), true);
        }
    }
    if (m_selected.isEmpty())
        m_selectedId.clear();
    emit selectedChanged();
}

bool VisitDesk::approve(const QString &note)
{
    try {
        const Visit visit = m_app.visits().approve(m_selectedId, deskActor(m_app), note);
        say(tr("%1 is let in.").arg(visit.name), false);
        refresh();
        // The visitor waits at the desk: the slip prints here.
        print(visitorSlip(visit, m_app.siteName(), PaperWidth::Mm80),
            tr("Visitor slip %1").arg(visit.number), visit.token);
        return true;
    } catch (const Error &error) {
        say(error.message(), true);
        return false;
    }
}

bool VisitDesk::deny(const QString &reason)
{
    try {
        const Visit visit = m_app.visits().deny(m_selectedId, deskActor(m_app), reason);
        say(tr("%1 is turned away.").arg(visit.name), false);
        refresh();
        return true;
    } catch (const Error &error) {
        say(error.message(), true);
        return false;
    }
}

bool VisitDesk::checkOut()
{
    try {
        const CheckOutResult result = m_app.visits().checkOutVisit(m_selectedId, deskActor(m_app));
        // A key still held is shown as a problem: the desk asks for it back.
        say(result.keyWarning.isEmpty() ? result.message
                                        : result.message + QLatin1Char(' ') + result.keyWarning,
            result.outcome != CheckOutResult::Outcome::CheckedOut || !result.keyWarning.isEmpty());
        refresh();
        return result.outcome == CheckOutResult::Outcome::CheckedOut;
    } catch (const Error &error) {
        say(error.message(), true);
        return false;
    }
}

bool VisitDesk::reprint()
{
    const auto visit = m_app.visits().find(m_selectedId);
    if (!visit || visit->state != Visit::State::OnSite) {
        say(tr("Only a visitor who was let in has a slip."), true);
        return false;
    }
    say(tr("Slip of %1 sent to the printer.").arg(visit->name), false);
    return print(visitorSlip(*visit, m_app.siteName(), PaperWidth::Mm80),
        tr("Visitor slip %1").arg(visit->number), visit->token);
}

VisitRequest VisitDesk::requestFrom(const QVariantMap &form)
{
    VisitRequest request;
    request.name = form.value(QStringLiteral("name")).toString();
    request.phone = form.value(QStringLiteral("phone")).toString();
    request.hostPersonId = form.value(QStringLiteral("hostPersonId")).toString();
    request.hostCompanyId = form.value(QStringLiteral("hostCompanyId")).toString();
    request.purpose = form.value(QStringLiteral("purpose")).toString();
    request.purposeNote = form.value(QStringLiteral("purposeNote")).toString();
    request.companions = form.value(QStringLiteral("companions")).toInt();
    request.plate = form.value(QStringLiteral("plate")).toString();
    request.idNumber = form.value(QStringLiteral("idNumber")).toString();
    request.language = form.value(QStringLiteral("language")).toString();
    request.via = QStringLiteral("desk");
    return request;
}

bool VisitDesk::checkIn(const QVariantMap &form)
{
    try {
        const VisitRequest request = requestFrom(form);
        QVariantMap problems;
        for (const FieldProblem &problem : m_app.visits().problems(request))
            problems.insert(problem.field, problem.message);
        setFieldProblems(problems);
        if (!problems.isEmpty()) {
            say(tr("Please correct the fields marked in red."), true);
            return false;
        }
        const CheckInResult result = m_app.visits().checkIn(request, deskActor(m_app));
        refresh();
        select(result.visit.id);
        if (result.outcome == CheckInResult::Outcome::Held) {
            say(tr("%1 matched the deny list: the visit is held. Decide below.")
                    .arg(result.visit.name),
                true);
            setSection(QStringLiteral("visits"));
            return true;
        }
        say(tr("%1 checked in (%2).").arg(result.visit.name, result.visit.number), false);
        print(visitorSlip(result.visit, m_app.siteName(), PaperWidth::Mm80),
            tr("Visitor slip %1").arg(result.visit.number), result.visit.token);
        return true;
    } catch (const Error &error) {
        say(error.message(), true);
        return false;
    }
}

bool VisitDesk::invite(const QVariantMap &form, const QString &windowPreset)
{
    try {
        VisitRequest request = requestFrom(form);
        request.idNumber.clear();
        QVariantMap problems;
        for (const FieldProblem &problem : m_app.visits().problems(request))
            problems.insert(problem.field, problem.message);
        const auto [from, until]
            = invitationWindow(windowPreset, m_app.visits().now().toLocalTime().date());
        if (!from.isValid())
            problems.insert(QStringLiteral("valid_until"), tr("Choose the days of the visit."));
        setFieldProblems(problems);
        if (!problems.isEmpty()) {
            say(tr("Please correct the fields marked in red."), true);
            return false;
        }
        const Invitation invitation = m_app.visits().invite(request, from, until, deskActor(m_app));
        m_shownInvitation = invitationMap(invitation);
        emit shownInvitationChanged();
        refresh();
        say(tr("Invitation for %1 made: the host can photograph the code.").arg(invitation.name),
            false);
        print(invitationSlip(invitation, hostLine(invitation.hostPersonId, invitation.companyId),
                  m_app.siteName(), PaperWidth::Mm80),
            tr("Invitation for %1").arg(invitation.name), QString());
        return true;
    } catch (const Error &error) {
        say(error.message(), true);
        return false;
    }
}

bool VisitDesk::cancelInvitation(const QString &invitationId)
{
    try {
        const Invitation invitation
            = m_app.visits().cancelInvitation(invitationId, deskActor(m_app));
        if (m_shownInvitation.value(QStringLiteral("id")).toString() == invitationId) {
            m_shownInvitation.clear();
            emit shownInvitationChanged();
        }
        say(tr("Invitation for %1 cancelled.").arg(invitation.name), false);
        refresh();
        return true;
    } catch (const Error &error) {
        say(error.message(), true);
        return false;
    }
}

bool VisitDesk::addDenyEntry(
    const QString &name, const QString &phone, const QString &idNumber, const QString &reason)
{
    try {
        const DenyEntry entry
            = m_app.visits().addDenyEntry(name, phone, idNumber, reason, deskActor(m_app));
        setFieldProblems({});
        say(tr("Added to the deny list: other terminals screen with it once synced."), false);
        refresh();
        return !entry.id.isEmpty();
    } catch (const Error &error) {
        setFieldProblems({ { QStringLiteral("deny"), error.message() } });
        say(error.message(), true);
        return false;
    }
}

bool VisitDesk::liftDenyEntry(const QString &entryId)
{
    try {
        m_app.visits().liftDenyEntry(entryId, deskActor(m_app));
        say(tr("Entry lifted from the deny list."), false);
        refresh();
        return true;
    } catch (const Error &error) {
        say(error.message(), true);
        return false;
    }
}

bool VisitDesk::printEvacuationList()
{
    try {
        const QList<Visit> onSite = m_app.visits().list(VisitList::OnSite);
        const Receipt receipt = evacuationList(onSite, m_app.visits().now(), m_sync.lastSync(),
            m_app.siteName(), m_app.languages().current(), PaperWidth::Mm80);
        say(tr("Roll call of %n visitor(s) on site sent to the printer.", nullptr, m_onSite),
            false);
        return print(receipt, tr("Evacuation roll call"), QString());
    } catch (const Error &error) {
        say(error.message(), true);
        return false;
    }
}

void VisitDesk::clearForm()
{
    setFieldProblems({});
    if (!m_shownInvitation.isEmpty()) {
        m_shownInvitation.clear();
        emit shownInvitationChanged();
    }
}

bool VisitDesk::showInvitation(const QString &invitationId)
{
    const auto invitation = m_app.visits().findInvitation(invitationId);
    if (!invitation || invitation->cancelledAt.isValid()) {
        say(tr("This invitation is no longer valid."), true);
        return false;
    }
    m_shownInvitation = invitationMap(*invitation);
    emit shownInvitationChanged();
    return true;
}

void VisitDesk::dismissSlipQr()
{
    showSlipQr({}, {});
}

bool VisitDesk::print(const Receipt &receipt, const QString &title, const QString &qr)
{
    EscPosPrinter *printer = m_app.printer();
    if (!printer) {
        say(m_message + QLatin1Char(' ')
                + tr("No receipt printer is set up at this terminal: nothing was printed."),
            true);
        showSlipQr(qr, title);
        return false;
    }
    try {
        printer->print(receipt, title);
        if (printer->state() != Device::State::Connected) {
            say(m_message + QLatin1Char(' ')
                    + tr("Not printed yet: the printer says \"%1\". The slip waits in the print "
                         "queue.")
                          .arg(printer->detail()),
                true);
            showSlipQr(qr, title);
        } else {
            showSlipQr({}, {});
        }
        return true;
    } catch (const Error &error) {
        say(error.message(), true);
        showSlipQr(qr, title);
        return false;
    }
}

void VisitDesk::setFieldProblems(const QVariantMap &problems)
{
    m_fieldProblems = problems;
    emit fieldProblemsChanged();
}

void VisitDesk::showSlipQr(const QString &qr, const QString &title)
{
    m_slipQr = qr;
    m_slipQrTitle = qr.isEmpty() ? QString() : title;
    emit slipQrChanged();
}

void VisitDesk::say(const QString &message, bool problem)
{
    m_message = message.trimmed();
    m_problem = problem;
    emit messageChanged();
}

QString VisitDesk::hostLine(const QString &personId, const QString &companyId) const
{
    const DirectorySearch directory(m_app.store().sql());
    QStringList parts;
    if (const auto person = directory.person(personId))
        parts.append(person->name);
    if (const auto company = directory.company(companyId))
        parts.append(company->name);
    return parts.join(QStringLiteral(" · "));
}

QVariantMap VisitDesk::invitationMap(const Invitation &invitation) const
{
    return QVariantMap {
        { QStringLiteral("id"), invitation.id },
        { QStringLiteral("name"), invitation.name },
        { QStringLiteral("phone"), maskedPhone(invitation.phone) },
        { QStringLiteral("host"), hostLine(invitation.hostPersonId, invitation.companyId) },
        { QStringLiteral("unit"), invitation.unit },
        { QStringLiteral("purpose"),
            visitPurposeText(invitation.purpose, m_app.languages().current()) },
        { QStringLiteral("window"),
            QStringLiteral("%1 – %2").arg(
                localMinute(invitation.validFrom), localMinute(invitation.validUntil)) },
        { QStringLiteral("token"), invitation.token },
        { QStringLiteral("cancelled"), invitation.cancelledAt.isValid() },
        { QStringLiteral("used"), !invitation.usedByVisit.isEmpty() },
    };
}

std::pair<QString, QString> VisitDesk::stateWords(const Visit &visit)
{
    if (visit.checkedOutAt.isValid())
        return { visit.autoClosed() ? tr("Closed at end of day") : tr("Checked out"),
            visit.autoClosed() ? QStringLiteral("warning") : QStringLiteral("neutral") };
    switch (visit.state) {
    case Visit::State::OnSite:
        return { tr("On site"), QStringLiteral("ok") };
    case Visit::State::Waiting:
        return { tr("Waiting for approval"), QStringLiteral("warning") };
    case Visit::State::Held:
        return { tr("Held: see the visitor"), QStringLiteral("danger") };
    case Visit::State::Denied:
        return { tr("Turned away"), QStringLiteral("neutral") };
    case Visit::State::CheckedOut:
        return { tr("Checked out"), QStringLiteral("neutral") };
    }
    Q_UNREACHABLE();
}

QVariantMap VisitDesk::visitMap(const Visit &visit) const
{
    QString holdReason;
    if (!visit.holdEntry.isEmpty()) {
        const auto entry = m_app.visits().denyEntry(visit.holdEntry);
        holdReason = entry ? entry->reason : tr("the entry is not on this terminal");
    }
    const bool checkedOut = visit.checkedOutAt.isValid();
    const auto [stateText, tone] = stateWords(visit);
    return QVariantMap {
        { QStringLiteral("id"), visit.id },
        { QStringLiteral("number"), visit.number },
        { QStringLiteral("name"), visit.name },
        { QStringLiteral("phone"), visit.phone },
        { QStringLiteral("maskedPhone"), maskedPhone(visit.phone) },
        // checked_out wins over on_site: the list and the panel say where the visitor is.
        { QStringLiteral("state"),
            checkedOut ? QStringLiteral("checked_out") : visitStateKey(visit.state) },
        { QStringLiteral("stateText"), stateText },
        // A colour of the theme: danger for a held visitor, warning while waiting, …
        { QStringLiteral("tone"), tone },
        { QStringLiteral("host"), visit.hostName },
        { QStringLiteral("company"), visit.companyName },
        { QStringLiteral("floor"), visit.floor },
        { QStringLiteral("unit"), visit.unit },
        { QStringLiteral("checkedInAt"), localMinute(visit.checkedInAt) },
        { QStringLiteral("timeIn"),
            visit.checkedInAt.toLocalTime().toString(QStringLiteral("HH:mm")) },
        { QStringLiteral("validUntil"), localMinute(visit.validUntil) },
        { QStringLiteral("via"), visit.via },
        { QStringLiteral("purpose"),
            visit.purposeNote.isEmpty()
                ? visitPurposeText(visit.purpose, m_app.languages().current())
                : visitPurposeText(visit.purpose, m_app.languages().current())
                    + QStringLiteral(": ") + visit.purposeNote },
        { QStringLiteral("companions"), visit.companions },
        { QStringLiteral("plate"), visit.plate },
        { QStringLiteral("idLast4"), visit.idLast4 },
        { QStringLiteral("items"), visit.items },
        { QStringLiteral("held"), visit.state == Visit::State::Held },
        { QStringLiteral("holdReason"), holdReason },
        { QStringLiteral("decidedAt"), localMinute(visit.decidedAt) },
        { QStringLiteral("decidedBy"), visit.decidedBy },
        { QStringLiteral("decisionNote"), visit.decisionNote },
        { QStringLiteral("checkedOutAt"), localMinute(visit.checkedOutAt) },
        { QStringLiteral("checkedOutBy"), visit.checkedOutBy },
        { QStringLiteral("checkedOutTerminal"), visit.checkedOutTerminal },
        { QStringLiteral("checkoutHow"), visit.checkoutHow },
        { QStringLiteral("autoClosed"), visit.autoClosed() },
        { QStringLiteral("hasSlip"), !visit.token.isEmpty() },
        { QStringLiteral("anonymised"), visit.anonymised },
    };
}

} // namespace lobbydesk
