#pragma once

#include "app/qmlsingleton.h"
#include "core/language.h"

#include <QObject>
#include <QTranslator>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QQmlEngine;

namespace lobbydesk {

// Switches every screen's language at runtime: swaps the QTranslator and retranslates the
// QML engine, so bindings with qsTr() re-evaluate in place.
class LanguageSwitcher final : public QObject, public QmlSingleton<LanguageSwitcher>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString current READ current NOTIFY changed)
    Q_PROPERTY(QString fontFamily READ fontFamily NOTIFY changed)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)

public:
    explicit LanguageSwitcher(Language initial, QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // The engine to retranslate on a switch (one per window).
    void attach(QQmlEngine *engine);

    [[nodiscard]] QString current() const { return languageCode(m_current); }
    [[nodiscard]] Language language() const { return m_current; }
    [[nodiscard]] QString fontFamily() const;
    [[nodiscard]] QVariantList languages() const;

    // Returns false (and keeps the current language) for an unknown code.
    Q_INVOKABLE bool select(const QString &code);
    void select(Language language);

signals:
    void changed();

private:
    void install(Language language);

    Language m_current;
    std::unique_ptr<QTranslator> m_translator;
    QQmlEngine *m_engine = nullptr;
};

} // namespace lobbydesk
