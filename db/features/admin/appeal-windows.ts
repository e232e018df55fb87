// The appeal-window table in settings: read by everyone (the deadline rules and the settings
// screen), replaced whole by administrators, the change audited with the table before and after.
import type { HandlersFor } from '../../backend/handler-map';
import type { appealWindowsApi } from '../../contract/appeal-windows';
import { writeAppealWindows } from './settings-store';

type AppealWindowMethods = Pick<typeof appealWindowsApi, 'settings.appealWindows' | 'settings.updateAppealWindows'>;

export const appealWindowHandlers: HandlersFor<AppealWindowMethods> = {
  'settings.appealWindows': (ctx) => ctx.settings.appealWindows(),
  'settings.updateAppealWindows': (ctx, input) => {
    const before = ctx.settings.appealWindows();
    writeAppealWindows(ctx.db, input.windows, ctx.now());
    ctx.audit({ action: 'settings.updateAppealWindows', tableName: 'settings', recordId: 'appealWindows', changes: { appealWindows: [before, input.windows] } });
    return ctx.settings.appealWindows();
  },
};
