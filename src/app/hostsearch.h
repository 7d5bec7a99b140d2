#pragma once

#include "app/qmlsingleton.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace lobbydesk {

class Store;
class DirectorySearch;

// The kiosk's host search over the local building directory (docs/directory.md): company,
// unit, name, pinyin or its initials, in simplified or traditional characters. A hit shows the
// company and floor, never a phone number, and nothing is listed for under two characters.
class HostSearch final : public QObject, public QmlSingleton<HostSearch>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // Why the last search failed (the directory cannot be read), in words; empty when it did not.
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)

public:
    explicit HostSearch(Store &store, QObject *parent = nullptr);
    ~HostSearch() override;

    // [{kind: "company"|"person", id, name, company, units, floor}], best first, at most 8.
    Q_INVOKABLE QVariantList find(const QString &query);
    // The same, people only: whom the desk makes a request for.
    Q_INVOKABLE QVariantList findPeople(const QString &query);
    // What to search for while typing: the field's text, and the letters the input method is
    // still converting when they are pinyin ("zs" before it becomes 张三). Zhuyin symbols are
    // not searchable, so they wait until they are characters.
    Q_INVOKABLE QString searchText(const QString &text, const QString &preedit) const;
    // True while what was typed is too short to search (the screen asks for more).
    Q_INVOKABLE bool tooShort(const QString &query) const;
    [[nodiscard]] QString problem() const { return m_problem; }

signals:
    void problemChanged();

private:
    void setProblem(const QString &problem);
    [[nodiscard]] QVariantList hitsFor(const QString &query, bool peopleOnly);

    QString m_problem;
    std::unique_ptr<DirectorySearch> m_search;
};

} // namespace lobbydesk
