// ArcGIS REST answers that Koop (test/server/koop-server.js) never gives, served by the fixture middleware at
// /__test/arcgis/<case>/FeatureServer/0 (the layer's description, ?f=json) and …/FeatureServer/0/query:
//
//   error         the query answers ArcGIS's error JSON with HTTP 200 (code 400, a message and details)
//   token         the description answers error 499 "Token Required" with HTTP 200, as a layer that is not public
//   loop          the query ignores resultOffset: the same full page with exceededTransferLimit, every time
//   stall         the description answers; the query never does (the socket closes after a minute)
//   script-error  an error JSON whose message is markup (shown as text)

const MARKT = { type: 'Feature', properties: { name: 'Marktstätte' }, geometry: { type: 'Point', coordinates: [9.1757, 47.6597] } };
const BAHNHOF = { type: 'Feature', properties: { name: 'Bahnhof' }, geometry: { type: 'Point', coordinates: [9.1771, 47.6591] } };

const LAYER = {
  currentVersion: 11.2,
  id: 0,
  name: 'Testlayer',
  type: 'Feature Layer',
  geometryType: 'esriGeometryPoint',
  copyrightText: 'Testdienst',
  maxRecordCount: 2,
  supportedQueryFormats: 'JSON, geoJSON',
  advancedQueryCapabilities: { supportsPagination: true },
};

const json = (ctx, body) => {
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
};

const arcgisError = (code, message, details = []) => ({ error: { code, message, details } });

export function arcgisFixture(ctx, rest) {
  const match = /^([\w-]+)\/FeatureServer\/0(\/query)?\/?$/.exec(rest);
  if (!match) {
    ctx.status = 404;
    return;
  }
  const [, name, query] = match;
  const count = ctx.query.returnCountOnly === 'true';
  switch (name) {
    case 'error':
      return json(ctx, query ? arcgisError(400, 'Unable to complete operation.', ["'where' parameter is invalid"]) : LAYER);
    case 'script-error':
      return json(ctx, query ? arcgisError(400, '<img src=x onerror="window.pwned=1">Abfrage ungültig') : LAYER);
    case 'token':
      return json(ctx, arcgisError(499, 'Token Required'));
    case 'loop':
      if (!query) return json(ctx, LAYER);
      return json(ctx, count ? { count: 6 } : { type: 'FeatureCollection', features: [MARKT, BAHNHOF], properties: { exceededTransferLimit: true } });
    case 'stall':
      if (!query) return json(ctx, LAYER);
      ctx.respond = false;
      {
        const timer = setTimeout(() => ctx.res.destroy(), 60_000);
        ctx.req.on('close', () => clearTimeout(timer));
      }
      return undefined;
    default:
      ctx.status = 404;
      return undefined;
  }
}
