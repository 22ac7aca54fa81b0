// Broken WFS answers MapServer never gives, for the robustness cases and the WFS tests (issue 13): the test server
// answers /__test/wfs/<case>?SERVICE=WFS&REQUEST=… with a small WFS 2.0 of its own. Its capabilities offer one
// feature type `test:orte` in EPSG:4326, as GeoJSON (GML only for `bad-gml`), 10 features per answer (CountDefault).
//   exception  GetFeature answers an OWS ExceptionReport with status 400 (its text holds markup, to be shown as text)
//   empty      GetFeature answers an empty FeatureCollection
//   bad-gml    only GML is offered, and GetFeature answers XML that is cut off in the middle
//   loop       GetFeature ignores STARTINDEX: every page is the first one (10 features, so paging goes on)
//   swapped    GetFeature answers GeoJSON with latitude/longitude where longitude/latitude belongs
//   stall      GetFeature never answers (the socket is closed after a minute)
//   hostile    the provider name (the layer's credit) and the type's title hold markup and a script
//   not-wfs    GetCapabilities answers an HTML page
const HOSTILE = '<img src=x onerror="window.__wfsHacked=1">Stadt <b>Konstanz</b>';

/** Handles /__test/wfs/<case>; returns false for any other path. */
export function wfsBroken(ctx) {
  const match = /^\/__test\/wfs\/([\w-]+)$/.exec(ctx.path);
  if (!match) return false;
  const kind = match[1];
  const query = Object.fromEntries(Object.entries(ctx.query).map(([key, value]) => [key.toLowerCase(), String(value)]));
  const request = (query.request ?? '').toLowerCase();
  if (request === 'getcapabilities') {
    if (kind === 'not-wfs') return send(ctx, 200, 'text/html', '<!doctype html><title>Portal</title><h1>Willkommen</h1>');
    return send(ctx, 200, 'text/xml', capabilities(kind));
  }
  if (request !== 'getfeature') return send(ctx, 400, 'text/xml', exception('Unknown request'));
  if (kind === 'stall') {
    ctx.respond = false;
    const timer = setTimeout(() => ctx.res.destroy(), 60_000);
    ctx.req.on('close', () => clearTimeout(timer));
    return true;
  }
  if (kind === 'exception') return send(ctx, 400, 'text/xml', exception('Die Datenbank <b>geodaten</b> ist nicht erreichbar & antwortet nicht.'));
  if (kind === 'empty') return send(ctx, 200, 'application/json', JSON.stringify({ type: 'FeatureCollection', features: [] }));
  if (kind === 'bad-gml') {
    return send(ctx, 200, 'text/xml; subtype=gml/3.2.1', '<?xml version="1.0"?><wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:gml="http://www.opengis.net/gml/3.2"><wfs:member><test:orte');
  }
  const count = Math.min(Number(query.count) || 10, 10);
  const start = kind === 'loop' ? 0 : Number(query.startindex) || 0;
  const features = Array.from({ length: Math.max(0, Math.min(count, 25 - start)) }, (_, i) => {
    const n = start + i;
    const [lon, lat] = [9.17 + n / 1000, 47.66 + n / 2000];
    return { type: 'Feature', id: `orte.${n}`, properties: { name: `Ort ${n}` }, geometry: { type: 'Point', coordinates: kind === 'swapped' ? [lat, lon] : [lon, lat] } };
  });
  return send(ctx, 200, 'application/json; subtype=geojson', JSON.stringify({ type: 'FeatureCollection', features }));
}

function send(ctx, status, type, body) {
  ctx.status = status;
  ctx.type = type;
  ctx.body = body;
  return true;
}

function exception(text) {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<?xml version="1.0" encoding="UTF-8"?><ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows/1.1" version="2.0.0"><ows:Exception exceptionCode="NoApplicableCode"><ows:ExceptionText>${escaped}</ows:ExceptionText></ows:Exception></ows:ExceptionReport>`;
}

function capabilities(kind) {
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const provider = kind === 'hostile' ? escape(HOSTILE) : 'Testdienst';
  const title = kind === 'hostile' ? escape(HOSTILE) : 'Orte';
  const formats = kind === 'bad-gml' ? ['application/gml+xml; version=3.2'] : ['application/gml+xml; version=3.2', 'application/json; subtype=geojson'];
  return `<?xml version="1.0" encoding="UTF-8"?>
<wfs:WFS_Capabilities xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns="http://www.opengis.net/wfs/2.0" xmlns:ows="http://www.opengis.net/ows/1.1" version="2.0.0">
  <ows:ServiceIdentification><ows:Title>Test</ows:Title><ows:ServiceType>WFS</ows:ServiceType><ows:ServiceTypeVersion>2.0.0</ows:ServiceTypeVersion></ows:ServiceIdentification>
  <ows:ServiceProvider><ows:ProviderName>${provider}</ows:ProviderName></ows:ServiceProvider>
  <ows:OperationsMetadata>
    <ows:Operation name="GetFeature"><ows:Parameter name="outputFormat"><ows:AllowedValues>${formats.map((f) => `<ows:Value>${f}</ows:Value>`).join('')}</ows:AllowedValues></ows:Parameter></ows:Operation>
    <ows:Constraint name="ImplementsResultPaging"><ows:NoValues/><ows:DefaultValue>TRUE</ows:DefaultValue></ows:Constraint>
    <ows:Constraint name="CountDefault"><ows:NoValues/><ows:DefaultValue>10</ows:DefaultValue></ows:Constraint>
  </ows:OperationsMetadata>
  <FeatureTypeList>
    <FeatureType>
      <Name>test:orte</Name>
      <Title>${title}</Title>
      <DefaultCRS>urn:ogc:def:crs:EPSG::4326</DefaultCRS>
      <OutputFormats>${formats.map((f) => `<Format>${f}</Format>`).join('')}</OutputFormats>
      <ows:WGS84BoundingBox><ows:LowerCorner>9.1 47.6</ows:LowerCorner><ows:UpperCorner>9.3 47.7</ows:UpperCorner></ows:WGS84BoundingBox>
    </FeatureType>
  </FeatureTypeList>
</wfs:WFS_Capabilities>
`;
}
