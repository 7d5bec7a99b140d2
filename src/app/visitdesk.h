#pragma once

#include "app/qmlsingleton.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <utility>

namespace lobbydesk {

class TerminalApp;
class SyncStatus;
class Receipt;
struct Visit;
struct Invitation;
struct VisitRequest;

// The window of an invitation made at the desk from a preset: "today", "tomorrow" or
// "week" (today until Sunday), whole local days. Invalid for an unknown preset.
[[nodiscard]] std::pair<QDateTime, QDateTime> invitationWindow(
    const QString &preset, const QDate &today);

// The desk's visitor reception (product.md, "Visitor reception"): today's visits with filters
// and search, the decision on waiting and held visitors, check-in and check-out at the desk,
// invitations, the deny list, the evacuation roll call and the satisfaction rate. Every rule
// is the Visits service's; this holds what the Visitors screen shows and prints.
class VisitDesk final : public QObject, public QmlSingleton<VisitDesk>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // Which part of the screen is shown: visits, checkin, invitations, deny, evacuation,
    // satisfaction.
    Q_PROPERTY(QString section READ section WRITE setSection NOTIFY sectionChanged)
    // today, on_site, approvals, checked_out, all
    Q_PROPERTY(QString list READ list WRITE setList NOTIFY listChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY listChanged)
    Q_PROPERTY(QVariantList visits READ visits NOTIFY visitsChanged)
    // How many each list holds (the tabs' counters).
    Q_PROPERTY(QVariantMap counts READ counts NOTIFY visitsChanged)
    // Visitors and companions on site, from this terminal's records.
    Q_PROPERTY(int onSiteCount READ onSiteCount NOTIFY visitsChanged)
    Q_PROPERTY(QString selectedId READ selectedId NOTIFY selectedChanged)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectedChanged)
    Q_PROPERTY(QVariantList invitations READ invitations NOTIFY visitsChanged)
    Q_PROPERTY(QVariantList denyList READ denyList NOTIFY visitsChanged)
    // The last 7 days, oldest first: {day, satisfied, responses, percent, below}.
    Q_PROPERTY(QVariantList satisfaction READ satisfaction NOTIFY visitsChanged)
    // The last successful sync in words ("never" when none), for the evacuation section.
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY visitsChanged)
    // The invitation just made, shown as a QR: {id, name, window, token}; empty when none.
    Q_PROPERTY(QVariantMap shownInvitation READ shownInvitation NOTIFY shownInvitationChanged)
    // The QR of a slip the printer could not print, shown on screen; empty when all printed.
    Q_PROPERTY(QString slipQr READ slipQr NOTIFY slipQrChanged)
    Q_PROPERTY(QString slipQrTitle READ slipQrTitle NOTIFY slipQrChanged)
    // field → message of the form last sent (check-in, invitation, deny list).
    Q_PROPERTY(QVariantMap fieldProblems READ fieldProblems NOTIFY fieldProblemsChanged)
    // The outcome of the last action, in the current language; `problem` says it failed.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool problem READ problem NOTIFY messageChanged)

public:
    VisitDesk(TerminalApp &app, SyncStatus &sync, QObject *parent = nullptr);

    [[nodiscard]] QString section() const { return m_section; }
    void setSection(const QString &section);
    [[nodiscard]] QString list() const { return m_list; }
    void setList(const QString &list);
    [[nodiscard]] QString search() const { return m_search; }
    void setSearch(const QString &search);
    [[nodiscard]] QVariantList visits() const { return m_visits; }
    [[nodiscard]] QVariantMap counts() const { return m_counts; }
    [[nodiscard]] int onSiteCount() const { return m_onSite; }
    [[nodiscard]] QString selectedId() const { return m_selectedId; }
    [[nodiscard]] QVariantMap selected() const { return m_selected; }
    [[nodiscard]] QVariantList invitations() const { return m_invitations; }
    [[nodiscard]] QVariantList denyList() const { return m_denyList; }
    [[nodiscard]] QVariantList satisfaction() const { return m_satisfaction; }
    [[nodiscard]] QString lastSyncText() const { return m_lastSyncText; }
    [[nodiscard]] QVariantMap shownInvitation() const { return m_shownInvitation; }
    [[nodiscard]] QString slipQr() const { return m_slipQr; }
    [[nodiscard]] QString slipQrTitle() const { return m_slipQrTitle; }
    [[nodiscard]] QVariantMap fieldProblems() const { return m_fieldProblems; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool problem() const { return m_problem; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void select(const QString &visitId);
    // Each returns true when done; message says what happened either way.
    // The selected waiting or held visit: let in (the slip prints here) or turned away.
    Q_INVOKABLE bool approve(const QString &note);
    Q_INVOKABLE bool deny(const QString &reason);
    Q_INVOKABLE bool checkOut();
    Q_INVOKABLE bool reprint();
    // The desk's check-in: name, phone, hostPersonId, hostCompanyId, purpose, purposeNote,
    // companions, plate, idNumber, language. Problems are shown beside their fields.
    Q_INVOKABLE bool checkIn(const QVariantMap &form);
    // The same fields (no ID) and a window preset (invitationWindow); shown as a QR and printed.
    Q_INVOKABLE bool invite(const QVariantMap &form, const QString &windowPreset);
    Q_INVOKABLE bool cancelInvitation(const QString &invitationId);
    Q_INVOKABLE bool addDenyEntry(
        const QString &name, const QString &phone, const QString &idNumber, const QString &reason);
    Q_INVOKABLE bool liftDenyEntry(const QString &entryId);
    // The roll call of everyone on site, from this terminal's records (offline too).
    Q_INVOKABLE bool printEvacuationList();
    Q_INVOKABLE void clearForm(); // a new form: no problems, no shown invitation
    Q_INVOKABLE void dismissSlipQr();
    // Shows an invitation's code on screen again (the host missed the photo).
    Q_INVOKABLE bool showInvitation(const QString &invitationId);

    // The request a form describes (tests).
    [[nodiscard]] static VisitRequest requestFrom(const QVariantMap &form);

signals:
    void sectionChanged();
    void listChanged();
    void visitsChanged();
    void selectedChanged();
    void shownInvitationChanged();
    void slipQrChanged();
    void fieldProblemsChanged();
    void messageChanged();

private:
    [[nodiscard]] QVariantMap visitMap(const Visit &visit) const;
    // The state in words and the theme colour it is shown in.
    [[nodiscard]] static std::pair<QString, QString> stateWords(const Visit &visit);
    [[nodiscard]] QVariantMap invitationMap(const Invitation &invitation) const;
    [[nodiscard]] QString hostLine(const QString &personId, const QString &companyId) const;
    // Queues `receipt`; says so when it cannot print, and keeps `qr` on screen then.
    bool print(const Receipt &receipt, const QString &title, const QString &qr);
    void setFieldProblems(const QVariantMap &problems);
    void showSlipQr(const QString &qr, const QString &title);
    void say(const QString &message, bool problem);

    TerminalApp &m_app;
    SyncStatus &m_sync;
    QString m_section = QStringLiteral("visits");
    QString m_list = QStringLiteral("today");
    QString m_search;
    QVariantList m_visits;
    QVariantMap m_counts;
    int m_onSite = 0;
    QString m_selectedId;
    QVariantMap m_selected;
    QVariantList m_invitations;
    QVariantList m_denyList;
    QVariantList m_satisfaction;
    QString m_lastSyncText;
    QVariantMap m_shownInvitation;
    QString m_slipQr;
    QString m_slipQrTitle;
    QVariantMap m_fieldProblems;
    QString m_message;
    bool m_problem = false;
};

} // namespace lobbydesk
