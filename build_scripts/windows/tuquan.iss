; Inno Setup script: installs dist\tuquan for the current user (no administrator rights needed on
; a shared commune laptop), with Start-menu shortcuts in Vietnamese. Built by build.ps1.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6D1B7E0C-3F0A-4E55-9B1C-7A1B2C3D4E5F}
AppName=Tự Quản
AppVersion={#AppVersion}
AppPublisher=TuQuan
DefaultDirName={localappdata}\Programs\TuQuan
DefaultGroupName=Tự Quản
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=TuQuan-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE

[Languages]
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\tuquan\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Tự Quản"; Filename: "{app}\tuquan-gui.exe"
Name: "{group}\Hướng dẫn sử dụng"; Filename: "{app}\_internal\docs\huong-dan.md"
Name: "{userdesktop}\Tự Quản"; Filename: "{app}\tuquan-gui.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"

[Run]
Filename: "{app}\tuquan-gui.exe"; Description: "{cm:LaunchProgram,Tự Quản}"; Flags: nowait postinstall skipifsilent

; The data folder (%LOCALAPPDATA%\TuQuan) is left in place on uninstall: it is the team's
; encrypted record; removing it is a separate, deliberate act.
