import QtQuick
import OpsDesk

// A small trend line: points with x and y already scaled to 0..1 (MetricSeriesModel's
// sparkline role), drawn left to right (time runs left to right in every language).
Canvas {
    id: root

    property var points: []
    property color color: Theme.chartLine
    property real lineWidth: 1.5

    implicitHeight: 32
    implicitWidth: 120
    renderStrategy: Canvas.Cooperative

    onPointsChanged: requestPaint()
    onColorChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        const ctx = root.getContext("2d")
        ctx.reset()
        const pts = root.points
        if (!pts || pts.length < 2)
            return
        const inset = root.lineWidth
        const w = root.width
        const h = root.height - inset * 2
        // The area under the line, faint, then the line.
        ctx.beginPath()
        ctx.moveTo(pts[0].x * w, inset + (1 - pts[0].y) * h)
        for (let i = 1; i < pts.length; ++i)
            ctx.lineTo(pts[i].x * w, inset + (1 - pts[i].y) * h)
        ctx.lineWidth = root.lineWidth
        ctx.strokeStyle = root.color
        ctx.lineJoin = "round"
        ctx.stroke()
        ctx.lineTo(pts[pts.length - 1].x * w, root.height)
        ctx.lineTo(pts[0].x * w, root.height)
        ctx.closePath()
        ctx.globalAlpha = 0.12
        ctx.fillStyle = root.color
        ctx.fill()
    }
}
