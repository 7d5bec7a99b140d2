#pragma once

#include <QTemporaryDir>

// A fresh data directory under the build's temp location, removed at the end of the test.
class TempDataDir
{
public:
    TempDataDir();
    [[nodiscard]] QString path() const { return m_dir.path(); }
    [[nodiscard]] QString file(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] QString databasePath() const;

private:
    QTemporaryDir m_dir;
};
