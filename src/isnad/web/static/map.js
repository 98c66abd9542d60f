/* Maps of isnad: the bundled offline basemap (country outlines, GeoJSON) and the places that claims name,
   one circle each, sized by the number of claims. No tile server is used. Text from articles is only ever
   inserted with textContent. */
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || !window.L) { return; }

  function getJSON(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) { throw new Error(url + ": " + r.status); }
      return r.json();
    });
  }

  function popup(props) {
    var box = document.createElement("div");
    box.className = "popup";
    var link = document.createElement("a");
    link.href = "/place/" + encodeURIComponent(props.place_id);
    link.textContent = props.name_ar || props.name || props.place_id;
    var count = document.createElement("div");
    count.textContent = props.claim_count + " قولاً";
    box.appendChild(link);
    box.appendChild(count);
    return box;
  }

  var map = L.map(el, { worldCopyJump: true, minZoom: 2, maxZoom: 10, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth");
  var lat = parseFloat(el.dataset.lat), lon = parseFloat(el.dataset.lon);
  var focused = !isNaN(lat) && !isNaN(lon);
  map.setView(focused ? [lat, lon] : [28, 38], focused ? parseInt(el.dataset.zoom || "6", 10) : 3);

  getJSON(el.dataset.basemap).then(function (basemap) {
    L.geoJSON(basemap, {
      interactive: false,
      style: function () {
        return { className: "isnad-country", color: "#8a9aa8", weight: 0.8, fillColor: "#f4f1e8", fillOpacity: 1 };
      }
    }).addTo(map);
    return getJSON(el.dataset.places);
  }).then(function (places) {
    var layer = L.featureGroup();
    places.features.forEach(function (f) {
      var c = f.geometry.coordinates, p = f.properties;
      var marker = L.circleMarker([c[1], c[0]], {
        className: "isnad-marker" + (p.place_id === el.dataset.focus ? " isnad-focus" : ""),
        radius: 4 + 3 * Math.sqrt(p.claim_count), color: "#7a1f12", weight: 1,
        fillColor: p.place_id === el.dataset.focus ? "#f2c14e" : "#c8472d", fillOpacity: 0.75
      });
      marker.bindPopup(popup(p));
      var label = document.createElement("span");
      label.textContent = p.name_ar || p.name || "";
      marker.bindTooltip(label);
      layer.addLayer(marker);
    });
    layer.addTo(map);
    layer.eachLayer(function (m) {
      if (m.options.className.indexOf("isnad-focus") >= 0) { m.bringToFront(); }
    });
    if (!focused && places.features.length) { map.fitBounds(layer.getBounds().pad(0.3), { maxZoom: 6 }); }
    el.dataset.ready = String(places.features.length);
  }).catch(function (err) {
    el.dataset.error = String(err);
  });
}());
