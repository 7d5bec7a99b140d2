#pragma once

#include "app/goodsitemsmodel.h"
#include "services/goodspassrequest.h"

#include <QDateTime>
#include <QObject>
#include <QUuid>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace lobbydesk {

class TerminalApp;

// The goods-pass request a tenant (kiosk) or the desk on their behalf is composing, one step at
// a time: every rule is the service's (validateGoodsPassRequest, GoodsPasses::problems); the
// screens bind to these properties and call these methods. One form is one request: it has
// its id from the start, so submitting it again records nothing new.
class GoodsPassForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // "kiosk" (the applicant tapped their card) or "desk" (the clerk picks the applicant).
    Q_PROPERTY(QString mode READ mode WRITE setMode NOTIFY changed)
    Q_PROPERTY(QString applicantId READ applicantId NOTIFY applicantChanged)
    Q_PROPERTY(QString applicantName READ applicantName NOTIFY applicantChanged)
    // The applicant's units; the request is for one of them.
    Q_PROPERTY(QStringList units READ units NOTIFY applicantChanged)
    Q_PROPERTY(QString unit READ unit WRITE setUnit NOTIFY applicantChanged)
    Q_PROPERTY(QString carrierName MEMBER m_carrierName NOTIFY changed)
    Q_PROPERTY(QString carrierPhone MEMBER m_carrierPhone NOTIFY changed)
    Q_PROPERTY(QString carrierIdLast4 MEMBER m_carrierIdLast4 NOTIFY changed)
    // Namespace-qualified: Qt 6.4's qmltyperegistrar does not resolve the name, and QML would not
    // know the property's type.
    Q_PROPERTY(lobbydesk::GoodsItemsModel *items READ items CONSTANT)
    // The items in words for the summary: "Office chair × 3 pcs".
    Q_PROPERTY(QStringList itemLines READ itemLines NOTIFY changed)
    Q_PROPERTY(QDateTime validFrom READ validFrom NOTIFY changed)
    Q_PROPERTY(QDateTime validUntil READ validUntil NOTIFY changed)
    // The window in words: "Tue 12 Nov, 09:00 – 18:00" (current language).
    Q_PROPERTY(QString windowText READ windowText NOTIFY changed)
    Q_PROPERTY(QString plate MEMBER m_plate NOTIFY changed)
    Q_PROPERTY(bool returnable READ returnable WRITE setReturnable NOTIFY changed)
    Q_PROPERTY(QDate expectedReturn READ expectedReturn NOTIFY changed)
    Q_PROPERTY(QString expectedReturnText READ expectedReturnText NOTIFY changed)
    Q_PROPERTY(QString reason MEMBER m_reason NOTIFY changed)
    Q_PROPERTY(QString reasonNote MEMBER m_reasonNote NOTIFY changed)
    // [{key, label}] to choose from, labels in the current language.
    Q_PROPERTY(QVariantList reasons READ reasons NOTIFY languageChanged)
    Q_PROPERTY(QVariantList unitsOfMeasure READ unitsOfMeasure NOTIFY languageChanged)
    // field → message of the problems being shown (the last validateStep or submit).
    Q_PROPERTY(QVariantMap problems READ problems NOTIFY problemsChanged)
    Q_PROPERTY(bool submitted READ submitted NOTIFY resultChanged)
    Q_PROPERTY(QString passId READ passId NOTIFY resultChanged)
    // What the tenant quotes at the desk (the request receipt's reference).
    Q_PROPERTY(QString reference READ reference NOTIFY resultChanged)
    // The receipt: printing, or why not (no printer, paper out…); empty when all is well.
    Q_PROPERTY(QString printNote READ printNote NOTIFY resultChanged)
    Q_PROPERTY(bool printed READ printed NOTIFY resultChanged)

public:
    explicit GoodsPassForm(QObject *parent = nullptr);
    ~GoodsPassForm() override;

    // The terminal whose services forms use (TerminalApp's constructor; null in its destructor).
    static void attachTerminal(TerminalApp *terminal);

    [[nodiscard]] QString mode() const { return m_mode; }
    void setMode(const QString &mode);
    [[nodiscard]] QString applicantId() const { return m_applicantId; }
    [[nodiscard]] QString applicantName() const { return m_applicantName; }
    [[nodiscard]] QStringList units() const { return m_units; }
    [[nodiscard]] QString unit() const { return m_unit; }
    void setUnit(const QString &unit);
    [[nodiscard]] GoodsItemsModel *items() { return &m_items; }
    [[nodiscard]] QStringList itemLines() const;
    [[nodiscard]] QDateTime validFrom() const { return m_validFrom; }
    [[nodiscard]] QDateTime validUntil() const { return m_validUntil; }
    [[nodiscard]] QString windowText() const;
    [[nodiscard]] bool returnable() const { return m_returnable; }
    void setReturnable(bool returnable);
    [[nodiscard]] QDate expectedReturn() const { return m_expectedReturn; }
    [[nodiscard]] QString expectedReturnText() const;
    [[nodiscard]] QVariantList reasons() const;
    [[nodiscard]] QVariantList unitsOfMeasure() const;
    [[nodiscard]] QVariantMap problems() const { return m_problems; }
    [[nodiscard]] bool submitted() const { return !m_passId.isEmpty(); }
    [[nodiscard]] QString passId() const { return m_passId; }
    [[nodiscard]] QString reference() const;
    [[nodiscard]] QString printNote() const { return m_printNote; }
    [[nodiscard]] bool printed() const { return m_printed; }

    // Who applies, from the building directory (the card's holder, or the desk's pick); their
    // only unit is chosen for them. False (and an "applicant" problem) when unknown.
    Q_INVOKABLE bool setApplicant(const QString &personId);

    // The window: "today" (from now until 18:00, or later when it is late already) or
    // "tomorrow" (08:00 – 18:00).
    Q_INVOKABLE void presetWindow(const QString &preset);
    Q_INVOKABLE void moveWindowDays(int days);
    Q_INVOKABLE void adjustFromHours(int hours);
    Q_INVOKABLE void adjustUntilHours(int hours);
    Q_INVOKABLE void setWindow(const QDateTime &from, const QDateTime &until);
    Q_INVOKABLE void moveReturnDays(int days);

    // Checks the given fields only ("items" covers every row's name, quantity and unit) and
    // shows their problems; true when there are none.
    Q_INVOKABLE bool validateStep(const QStringList &fields);
    // Every problem of the request as it stands (also shown).
    Q_INVOKABLE bool validateAll();
    Q_INVOKABLE QString reasonLabel(const QString &key) const;
    Q_INVOKABLE QString unitOfMeasureLabel(const QString &key) const;

    // Records the request (via the form's mode) and prints its receipt on this terminal's
    // printer. `actor`: who records it (kiosk: the applicant; desk: the clerk). True once
    // recorded; a second call records nothing and prints nothing more.
    Q_INVOKABLE bool submit(const QString &actor);

    // The request as it stands (tests, the desk's summary).
    [[nodiscard]] GoodsPassRequest request() const;

signals:
    void changed();
    // Its own signal: the flow's steps depend on the units, and must not be re-evaluated
    // with every keystroke.
    void applicantChanged();
    void problemsChanged();
    void resultChanged();
    void languageChanged();

private:
    [[nodiscard]] QList<FieldProblem> allProblems() const;
    void show(const QList<FieldProblem> &problems);
    void printReceipt();

    QUuid m_id;
    QString m_mode = QStringLiteral("kiosk");
    QString m_applicantId;
    QString m_applicantName;
    QStringList m_units;
    QString m_unit;
    QString m_carrierName;
    QString m_carrierPhone;
    QString m_carrierIdLast4;
    GoodsItemsModel m_items;
    QDateTime m_validFrom;
    QDateTime m_validUntil;
    QString m_plate;
    bool m_returnable = false;
    QDate m_expectedReturn;
    QString m_reason;
    QString m_reasonNote;
    QVariantMap m_problems;
    QString m_passId;
    QString m_printNote;
    bool m_printed = false;
};

} // namespace lobbydesk
