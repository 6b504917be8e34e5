; Inno Setup script: installs dist\tuquan for the current user (no administrator rights needed on
; a shared commune laptop), with Start-menu shortcuts in Vietnamese. Built by build.ps1, which
; passes the version, the icon and, when a certificate is given, the signing command.
; Everything it reads is in this repository (the message files under languages\) or built
; into dist\ and build\ by build.ps1. UTF-8 without a byte-order mark: Inno Setup 6.3 or newer.
#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed (UTF-8 scripts without a byte-order mark).
#endif
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion "0.1.0.0"
#endif

[Setup]
AppId={{6D1B7E0C-3F0A-4E55-9B1C-7A1B2C3D4E5F}
AppName=Tự Quản
AppVersion={#AppVersion}
AppVerName=Tự Quản {#AppVersion}
AppPublisher=TuQuan
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductName=Tự Quản
DefaultDirName={localappdata}\Programs\TuQuan
DefaultGroupName=Tự Quản
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=TuQuan-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; 64-bit Windows only (the build is 64-bit); Windows 10 or newer, as Qt 6 needs.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\build\tuquan.ico
UninstallDisplayIcon={app}\tuquan-gui.exe
#ifdef SignTool
; The installer and the uninstaller it writes, signed with the command build.ps1 passed (/S).
SignTool=tuquansign
SignedUninstaller=yes
#endif

[Languages]
Name: "vi"; MessagesFile: "languages\Vietnamese.isl"
Name: "en"; MessagesFile: "languages\Default.isl"

[InstallDelete]
; An upgrade replaces the program folder whole: libraries an older version shipped and this one
; no longer does would otherwise stay beside the new ones and could be loaded instead.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\tuquan\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Tự Quản"; Filename: "{app}\tuquan-gui.exe"
; The guide opens in TuQuan's own window: Windows has no program for the .md file it is.
Name: "{group}\Hướng dẫn sử dụng"; Filename: "{app}\tuquan-gui.exe"; Parameters: "--guide"
Name: "{userdesktop}\Tự Quản"; Filename: "{app}\tuquan-gui.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"

[Run]
Filename: "{app}\tuquan-gui.exe"; Description: "{cm:LaunchProgram,Tự Quản}"; Flags: nowait postinstall skipifsilent

; The data folder (%LOCALAPPDATA%\TuQuan) is left in place on uninstall: it is the team's
; encrypted record; removing it is a separate, deliberate act.
