#include "sampledirectory.h"

#include "directory/directorycsv.h"
#include "directory/directoryprojection.h"
#include "store/store.h"

#include <QFile>
#include <stdexcept>

void loadSampleDirectory(lobbydesk::Store &store)
{
    QFile file(QStringLiteral(LOBBYDESK_SOURCE_DIR "/assets/directory/sample-directory.csv"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + file.fileName().toStdString());
    const lobbydesk::DirectoryImport import = lobbydesk::parseDirectoryCsv(file.readAll());
    if (!import.ok())
        throw std::runtime_error(
            "the sample directory does not parse: " + import.errors.first().text().toStdString());
    lobbydesk::applyDirectoryRecords(import.records, store.events().database());
}
