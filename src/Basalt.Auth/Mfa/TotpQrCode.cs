using QRCoder;

namespace Basalt.Auth.Mfa;

/// <summary>
/// The QR code of an <c>otpauth://</c> URI as an SVG document, drawn by QRCoder (MIT). GoTrue sends the bare SVG;
/// auth-js turns it into the <c>data:image/svg+xml;utf-8,…</c> URI apps put in an <c>img</c>.
/// </summary>
public static class TotpQrCode
{
    public static string Svg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(3);
    }
}
