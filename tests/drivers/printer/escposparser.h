#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>

// Test-side reading of an ESC/POS job: splits it into commands, text runs and raster bitmaps,
// so tests can look at what a printer would do rather than at raw offsets.
struct EscPosItem
{
    enum class Kind { Command, Text, Raster, QrStore };
    Kind kind;
    QByteArray bytes; // the whole command, or the text run, or the stored QR data
    QImage raster; // Kind::Raster: the decoded bitmap (black on white)
};

// Throws std::runtime_error on an unknown or truncated command.
QList<EscPosItem> parseEscPos(const QByteArray &job);

// Every raster command of the job stacked top to bottom into one picture.
QImage stackedRaster(const QList<EscPosItem> &items);
