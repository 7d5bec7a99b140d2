#pragma once

#include "app/qmlsingleton.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace lobbydesk {

class PrinterReports;
class EventLog;
class SyncStatus;
class LanguageSwitcher;

// The site's other terminals whose receipt printer cannot print now (a kiosk out of paper):
// the desk shows them, because a visitor there gets the slip's QR on screen instead.
class SitePrinters final : public QObject, public QmlSingleton<SitePrinters>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // [{terminal, condition, words, since}], longest trouble first; words in the screen's
    // language.
    Q_PROPERTY(QVariantList trouble READ trouble NOTIFY changed)
    // One line for a banner: "Lobby kiosk: out of paper since 10:02 · …"; empty when none.
    Q_PROPERTY(QString summary READ summary NOTIFY changed)

public:
    SitePrinters(PrinterReports &reports, EventLog &events, SyncStatus &sync,
        LanguageSwitcher &languages, QObject *parent = nullptr);

    Q_INVOKABLE void refresh();
    [[nodiscard]] QVariantList trouble() const { return m_trouble; }
    [[nodiscard]] QString summary() const { return m_summary; }

    // A printercondition code in the current language.
    [[nodiscard]] static QString conditionWords(const QString &condition);

signals:
    void changed();

private:
    PrinterReports &m_reports;
    QVariantList m_trouble;
    QString m_summary;
};

} // namespace lobbydesk
