#pragma once

#include "app/qmlsingleton.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace lobbydesk {

class GoodsPasses;
class Navigator;
struct PassVerdict;

// The guard's pass check (product.md, "Goods-release pass"): the offline verdict of a scanned
// or typed pass, the items the guard ticks off as they leave, and the release. The rules are
// GoodsPasses'; this holds the screen's state and says no in words, never with an exception.
class PassCheck final : public QObject, public QmlSingleton<PassCheck>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // "green", "amber", "red"; "" before a scan and after clear().
    Q_PROPERTY(QString colour READ colour NOTIFY verdictChanged)
    Q_PROPERTY(QString reasonKey READ reasonKey NOTIFY verdictChanged) // verdictReasonKey()
    Q_PROPERTY(QString message READ message NOTIFY verdictChanged)
    Q_PROPERTY(QString number READ number NOTIFY verdictChanged)
    Q_PROPERTY(QString unit READ unit NOTIFY verdictChanged)
    Q_PROPERTY(QString plate READ plate NOTIFY verdictChanged)
    Q_PROPERTY(QString signer READ signer NOTIFY verdictChanged)
    Q_PROPERTY(QString window READ window NOTIFY verdictChanged) // "2026-11-22 09:00 – 17:00"
    Q_PROPERTY(int itemCount READ itemCount NOTIFY verdictChanged)
    Q_PROPERTY(bool itemsKnown READ itemsKnown NOTIFY verdictChanged)
    // Earlier uses: [{where, when, guard, partial, note}], oldest first.
    Q_PROPERTY(QVariantList uses READ uses NOTIFY verdictChanged)
    // Hours since the last sync; -1 when it never synced.
    Q_PROPERTY(int hoursSinceSync READ hoursSinceSync NOTIFY verdictChanged)
    // [{name, quantity, uom, released}]: what the pass lists and what the guard lets out.
    Q_PROPERTY(QVariantList items READ items NOTIFY itemsChanged)
    Q_PROPERTY(bool allReleased READ allReleased NOTIFY itemsChanged)
    // True once the release is recorded, until the next check or clear().
    Q_PROPERTY(bool released READ released NOTIFY verdictChanged)

public:
    // `navigator`: where a scan opens the pass-check screen (null: it does not).
    PassCheck(GoodsPasses &passes, Navigator *navigator, QObject *parent = nullptr);
    ~PassCheck() override;

    Q_INVOKABLE void check(const QString &text);
    // Quantity `quantity` of item `index` leaves (clamped to 0 … what the pass lists).
    Q_INVOKABLE void setReleased(int index, double quantity);
    Q_INVOKABLE void tickAll();
    // Records the release; "" when done, else why not (in the UI language).
    Q_INVOKABLE QString confirm(const QString &note, const QString &guardName);
    Q_INVOKABLE void clear();
    // A scan at the guard's scanner: the verdict, on the pass-check screen.
    void scanned(const QString &text);
    // The verdict again in the current language (after a language switch).
    void retranslate();

    [[nodiscard]] QString colour() const;
    [[nodiscard]] QString reasonKey() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString number() const;
    [[nodiscard]] QString unit() const;
    [[nodiscard]] QString plate() const;
    [[nodiscard]] QString signer() const;
    [[nodiscard]] QString window() const;
    [[nodiscard]] int itemCount() const;
    [[nodiscard]] bool itemsKnown() const;
    [[nodiscard]] QVariantList uses() const;
    [[nodiscard]] int hoursSinceSync() const;
    [[nodiscard]] QVariantList items() const;
    [[nodiscard]] bool allReleased() const;
    [[nodiscard]] bool released() const { return m_released; }

signals:
    void verdictChanged();
    void itemsChanged();

private:
    void setVerdict(const PassVerdict &verdict);

    GoodsPasses &m_passes;
    Navigator *m_navigator;
    QString m_text; // what was scanned or typed
    std::unique_ptr<PassVerdict> m_verdict; // null before a scan
    QList<double> m_out; // per item: what leaves
    bool m_released = false;
};

} // namespace lobbydesk
