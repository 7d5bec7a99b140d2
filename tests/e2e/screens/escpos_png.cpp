// What a printed job looks like on paper: the raster images of an ESC/POS job (as the
// simulated printer recorded it) stacked into one PNG, for zbarimg to read its QR code.
// Usage: escpos_png JOB.bin OUT.png
#include "escposparser.h"

#include <QFile>
#include <cstdio>
#include <stdexcept>

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: escpos_png JOB.bin OUT.png\n");
        return 2;
    }
    QFile job(QString::fromLocal8Bit(argv[1]));
    if (!job.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "escpos_png: cannot read %s\n", argv[1]);
        return 1;
    }
    try {
        const QImage image = stackedRaster(parseEscPos(job.readAll()));
        if (image.isNull() || !image.save(QString::fromLocal8Bit(argv[2]))) {
            std::fprintf(stderr, "escpos_png: %s has no raster image to save\n", argv[1]);
            return 1;
        }
    } catch (const std::runtime_error &error) {
        std::fprintf(stderr, "escpos_png: %s: %s\n", argv[1], error.what());
        return 1;
    }
    return 0;
}
