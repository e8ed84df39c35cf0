/**
 * The add-in-only XML manifest (TaskPaneApp), the form every Excel accepts:
 * web, Windows, Mac and perpetual versions. URLs are set at build time from
 * ADDIN_BASE_URL so one source gives the dev and the production manifest.
 */

export const ADDIN_ID = "b8c1842f-9c28-4295-836a-ddf1e5368d0f";
export const DEFAULT_BASE_URL = "https://localhost:3000";
/** Lowest Excel API the add-in needs; anything newer is guarded by isSetSupported. */
/**
 * The highest requirement set of the APIs used: Range.dataValidation and
 * Application.suspendApiCalculationUntilNextSync (ExcelApi 1.8); conditional
 * formats 1.6, freezePanes and workbook protection 1.7, the rest 1.1–1.4.
 */
export const MIN_EXCEL_API = "1.8";
/** Icon sizes shipped in public/assets (icon-<size>.png). */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

export interface ManifestOptions {
  /** Where taskpane.html and assets/ are served, https, no trailing slash needed. */
  baseUrl: string;
  /** Four-part version, e.g. "1.0.0.0". */
  version?: string;
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The base URL without its trailing slash; throws on anything but an absolute
 * https URL, which Office requires for every add-in page.
 * @example normalizeBaseUrl("https://addin.example.vn/nv/") // "https://addin.example.vn/nv"
 */
export function normalizeBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new RangeError(`ADDIN_BASE_URL is not a URL: ${baseUrl}`);
  }
  if (url.protocol !== "https:") throw new RangeError(`ADDIN_BASE_URL must be https: ${baseUrl}`);
  return url.href.replace(/\/+$/, "");
}

/** The manifest's XML. */
export function buildManifest(options: ManifestOptions): string {
  const base = normalizeBaseUrl(options.baseUrl);
  const version = options.version ?? "1.0.0.0";
  const origin = new URL(base).origin;
  const url = (path: string) => escapeXml(`${base}/${path}`);
  const icon = (size: number) => url(`assets/icon-${size}.png`);
  const name = "Theo dõi nhiệm vụ";
  const description =
    "Lập và cập nhật sổ theo dõi nhiệm vụ được giao tại văn bản chỉ đạo, kiểm tra dữ liệu và lập báo cáo tháng ngay trong Excel.";
  return `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="TaskPaneApp">
  <Id>${ADDIN_ID}</Id>
  <Version>${escapeXml(version)}</Version>
  <ProviderName>nhiemvu</ProviderName>
  <DefaultLocale>vi-VN</DefaultLocale>
  <DisplayName DefaultValue="${name}"/>
  <Description DefaultValue="${escapeXml(description)}"/>
  <IconUrl DefaultValue="${icon(32)}"/>
  <HighResolutionIconUrl DefaultValue="${icon(64)}"/>
  <SupportUrl DefaultValue="${url("taskpane.html")}"/>
  <AppDomains>
    <AppDomain>${escapeXml(origin)}</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Workbook"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="1.1">
      <Set Name="ExcelApi" MinVersion="${MIN_EXCEL_API}"/>
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${url("taskpane.html")}"/>
  </DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Workbook">
        <DesktopFormFactor>
          <GetStarted>
            <Title resid="GetStarted.Title"/>
            <Description resid="GetStarted.Description"/>
            <LearnMoreUrl resid="GetStarted.LearnMoreUrl"/>
          </GetStarted>
          <FunctionFile resid="Commands.Url"/>
          <ExtensionPoint xsi:type="PrimaryCommandSurface">
            <OfficeTab id="TabHome">
              <Group id="NhiemVu.Group">
                <Label resid="Group.Label"/>
                <Icon>
                  <bt:Image size="16" resid="Icon.16x16"/>
                  <bt:Image size="32" resid="Icon.32x32"/>
                  <bt:Image size="80" resid="Icon.80x80"/>
                </Icon>
                <Control xsi:type="Button" id="NhiemVu.TaskpaneButton">
                  <Label resid="TaskpaneButton.Label"/>
                  <Supertip>
                    <Title resid="TaskpaneButton.Label"/>
                    <Description resid="TaskpaneButton.Tooltip"/>
                  </Supertip>
                  <Icon>
                    <bt:Image size="16" resid="Icon.16x16"/>
                    <bt:Image size="32" resid="Icon.32x32"/>
                    <bt:Image size="80" resid="Icon.80x80"/>
                  </Icon>
                  <Action xsi:type="ShowTaskpane">
                    <TaskpaneId>NhiemVu.Taskpane</TaskpaneId>
                    <SourceLocation resid="Taskpane.Url"/>
                  </Action>
                </Control>
              </Group>
            </OfficeTab>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host>
    </Hosts>
    <Resources>
      <bt:Images>
        <bt:Image id="Icon.16x16" DefaultValue="${icon(16)}"/>
        <bt:Image id="Icon.32x32" DefaultValue="${icon(32)}"/>
        <bt:Image id="Icon.80x80" DefaultValue="${icon(80)}"/>
      </bt:Images>
      <bt:Urls>
        <bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${url("taskpane.html")}"/>
        <bt:Url id="Commands.Url" DefaultValue="${url("commands.html")}"/>
        <bt:Url id="Taskpane.Url" DefaultValue="${url("taskpane.html")}"/>
      </bt:Urls>
      <bt:ShortStrings>
        <bt:String id="GetStarted.Title" DefaultValue="${name}"/>
        <bt:String id="Group.Label" DefaultValue="Nhiệm vụ"/>
        <bt:String id="TaskpaneButton.Label" DefaultValue="${name}"/>
      </bt:ShortStrings>
      <bt:LongStrings>
        <bt:String id="GetStarted.Description" DefaultValue="Mở thẻ Trang đầu và bấm Theo dõi nhiệm vụ để bắt đầu."/>
        <bt:String id="TaskpaneButton.Tooltip" DefaultValue="Mở ngăn Theo dõi nhiệm vụ: tạo sổ, nhập từ văn bản, cập nhật trạng thái, kiểm tra và lập báo cáo."/>
      </bt:LongStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;
}
